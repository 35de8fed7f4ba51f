package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writing engine answers "already stored?" from filters of every id and text key it holds: an
 * engine opened on an index fills them from its segments, learns what it stores, and never calls a
 * stored article new, whichever of its id or its text is asked about.
 */
class CommittedKeysTest {
  @TempDir Path dir;

  private static Article article(String id, String body) {
    return Article.builder()
        .id(id)
        .source(new Source("irna", "ایرنا"))
        .title("بارش برف در گردنه\u200cهای البرز")
        .body(List.of(body))
        .build();
  }

  private static final String SNOW =
      "راهداران از بسته شدن جاده چالوس به دلیل بارش سنگین برف خبر دادند.";
  private static final String RAIN = "باران سیل\u200cآسا در خوزستان چند روستا را زیر آب برد.";

  @Test
  void anArticleStoredBeforeTheEngineOpenedIsKnownByIdAndByText() throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      assertThat(engine.add(article("snow", SNOW))).isTrue();
      engine.commit();
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      assertThat(engine.contains("snow")).isTrue();
      assertThat(engine.contains("rain")).isFalse();
      assertThat(engine.add(article("snow", SNOW))).as("same id").isFalse();
      assertThat(engine.add(article("snow-again", SNOW))).as("same text").isFalse();
      assertThat(engine.add(article("rain", RAIN))).isTrue();
      engine.commit();
      assertThat(engine.contains("rain")).isTrue();
      assertThat(engine.add(article("rain-copy", RAIN))).as("same text, committed").isFalse();
      assertThat(engine.contains("snow-again")).isFalse();
    }
  }

  @Test
  void everyArticleStoredSinceTheEngineOpenedIsKnownOnceCommitted() throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      assertThat(engine.contains("rain-0")).as("asked before anything is stored").isFalse();
      for (int i = 0; i < 2_000; i++) {
        assertThat(engine.add(article("rain-" + i, RAIN + " " + i))).isTrue();
      }
      engine.commit();
      for (int i = 0; i < 2_000; i++) {
        assertThat(engine.contains("rain-" + i)).isTrue();
        assertThat(engine.contains("hail-" + i)).isFalse();
      }
    }
  }
}
