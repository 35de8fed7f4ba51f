package ir.khabar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.SampleCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One long-lived pipeline into a real index on disk: each run reports itself alone, and close stops
 * its pool.
 */
@Tag("integration")
class PipelineTest {
  private static final String PAGE =
      """
      نمایشگاه کتاب شیراز با حضور ۳۰۰ ناشر گشایش یافت

      سی‌امین نمایشگاه کتاب استان فارس امروز در محل دائمی نمایشگاه‌های شیراز آغاز به کار کرد.

      به گزارش خبرگزاری ایسنا، مدیرکل فرهنگ و ارشاد اسلامی فارس گفت: ناشران امسال بیش از ۵۰ هزار عنوان کتاب عرضه می‌کنند.
      """;

  @TempDir Path dir;

  @Test
  void eachRunReportsOnlyItsOwnInputs() throws IOException {
    List<Input> sample = SampleCorpus.inputs();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir);
        Pipeline pipeline = new Pipeline(engine)) {
      IngestReport first = pipeline.run(sample);
      assertThat(first.files()).isEqualTo(sample.size());
      assertThat(first.added()).isEqualTo(sample.size());
      assertThat(first.rejections()).isEmpty();

      List<Input> second = new ArrayList<>(sample.subList(0, 2));
      second.add(
          Input.of("broken.json", "{\"title\": \"خبر ناقص\"".getBytes(StandardCharsets.UTF_8)));
      second.add(Input.of("shiraz.txt", PAGE.getBytes(StandardCharsets.UTF_8)));
      IngestReport again = pipeline.run(second);
      assertThat(again.summary())
          .isEqualTo("read 4 file(s), 4 record(s): 1 new, 2 duplicate, 1 rejected");
      assertThat(again.rejections())
          .singleElement()
          .satisfies(r -> assertThat(r.file()).isEqualTo("broken.json"));

      IngestReport third =
          pipeline.run(
              List.of(Input.of("shiraz-again.txt", PAGE.getBytes(StandardCharsets.UTF_8))));
      assertThat(third.summary())
          .isEqualTo("read 1 file(s), 1 record(s): 0 new, 1 duplicate, 0 rejected");
      assertThat(engine.count()).isEqualTo(sample.size() + 1);
    }
  }

  @Test
  void progressCountsEveryInputOnceAndAClosedPipelineRunsNothing() throws IOException {
    List<Integer> progress = new ArrayList<>();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Pipeline pipeline = new Pipeline(engine);
      pipeline.run(SampleCorpus.inputs().subList(0, 3), progress::add);
      pipeline.close();
      assertThat(progress).containsExactly(1, 2, 3);
      assertThatThrownBy(() -> pipeline.run(SampleCorpus.inputs().subList(3, 4)))
          .isInstanceOf(RejectedExecutionException.class);
      assertThat(engine.count()).isEqualTo(3);
    }
  }
}
