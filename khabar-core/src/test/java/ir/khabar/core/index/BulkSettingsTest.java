package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Pipeline;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long ingest writes with bulk settings (larger RAM buffer, higher merge floor, no merge past a
 * gigabyte) and the writer is back on serving's settings after it, also when the run fails; a short
 * run keeps serving's.
 */
class BulkSettingsTest {
  private static final long MB = 1024 * 1024;

  @TempDir Path dir;

  @Test
  void theBufferIsAQuarterOfTheHeapAtMost256MbAndNeverLessThanServings() {
    assertThat(BulkSettings.bufferMb(1024 * MB, 64)).isEqualTo(256);
    assertThat(BulkSettings.bufferMb(4096 * MB, 64)).isEqualTo(256);
    assertThat(BulkSettings.bufferMb(512 * MB, 64)).isEqualTo(128);
    assertThat(BulkSettings.bufferMb(128 * MB, 64)).isEqualTo(64);
  }

  @Test
  void bulkSettingsHoldUntilClosedThenServingsAreBack() throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      LiveIndexWriterConfig config = engine.writerConfig();
      MergePolicy serving = config.getMergePolicy();
      assertThat(config.getRAMBufferSizeMB()).isEqualTo(64);
      try (Closeable bulk = engine.bulk()) {
        assertBulk(config);
      }
      assertThat(config.getRAMBufferSizeMB()).isEqualTo(64);
      assertThat(config.getMergePolicy()).isSameAs(serving);
    }
  }

  @Test
  void aLongPipelineRunHoldsBulkSettingsAndRestoresThemEvenWhenItFails() throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir);
        Pipeline pipeline = new Pipeline(engine)) {
      LiveIndexWriterConfig config = engine.writerConfig();
      MergePolicy serving = config.getMergePolicy();
      double[] seen = new double[1];
      pipeline.run(unreadable(10), done -> seen[0] = config.getRAMBufferSizeMB());
      assertThat(seen[0]).as("a short run: serving's buffer").isEqualTo(64);

      pipeline.run(
          unreadable(8_000),
          done -> {
            assertBulk(config);
            seen[0] = done;
          });
      assertThat(seen[0]).isEqualTo(8_000);
      assertThat(config.getRAMBufferSizeMB()).isEqualTo(64);
      assertThat(config.getMergePolicy()).isSameAs(serving);

      assertThatThrownBy(
              () ->
                  pipeline.run(
                      unreadable(8_000),
                      done -> {
                        throw new IllegalStateException("stopped at " + done);
                      }))
          .hasMessageContaining("stopped at 1");
      assertThat(config.getRAMBufferSizeMB()).isEqualTo(64);
      assertThat(config.getMergePolicy()).isSameAs(serving);
    }
  }

  private static void assertBulk(LiveIndexWriterConfig config) {
    assertThat(config.getRAMBufferSizeMB())
        .isEqualTo(BulkSettings.bufferMb(Runtime.getRuntime().maxMemory(), 64))
        .isGreaterThan(64);
    assertThat(config.getMergePolicy())
        .isInstanceOfSatisfying(
            TieredMergePolicy.class,
            t -> {
              assertThat(t.getFloorSegmentMB()).isEqualTo(BulkSettings.FLOOR_SEGMENT_MB);
              assertThat(t.getMaxMergedSegmentMB())
                  .isEqualTo(BulkSettings.MAX_MERGED_SEGMENT_MB)
                  .isLessThan(new TieredMergePolicy().getMaxMergedSegmentMB());
            });
  }

  /** Records that are not news (a line of Persian, no JSON): reported and skipped, quickly. */
  private static List<Input> unreadable(int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                Input.of(
                    "broken/" + i + ".json",
                    ("{\"title\": \"خبر شماره " + i).getBytes(StandardCharsets.UTF_8)))
        .toList();
  }
}
