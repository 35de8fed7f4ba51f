package ir.khabar.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 concurrent readers on loopback for 60 s (-Dkhabar.load.seconds to change) against the real
 * server, index and SQLite store: no request fails and every accepted comment is stored. The
 * figures for docs/BENCHMARKS.md come from `./khabar bench --web`, not from this test.
 */
@Tag("load")
class LoadTest {
  @TempDir Path dir;

  @Test
  void hundredReadersForAMinuteWithoutErrorsOrLostComments() throws Exception {
    int seconds = Integer.getInteger("khabar.load.seconds", 60);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      Ingest.sample(engine);
      LoadRun.Result r = LoadRun.run(engine, dir, 100, Duration.ofSeconds(seconds));
      assertThat(r.load().sampleErrors()).as("errors").isEmpty();
      assertThat(r.load().errors()).isZero();
      assertThat(r.load().requests()).isGreaterThan(1000);
      assertThat(r.load().commentsAccepted()).isGreaterThan(10);
      assertThat(r.commentsStored())
          .as("comments stored = comments accepted")
          .isEqualTo(r.load().commentsAccepted());
    }
  }
}
