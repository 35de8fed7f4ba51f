package ir.khabar.core.stories;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two agencies' own accounts of one event share no sentence (the sample corpus's Takhti Cup reports
 * by ISNA and YJC), but name the same wrestlers, with the same headline words, half an hour apart:
 * one story. Reports of other events that day stay apart.
 */
@Tag("integration")
class RewrittenStoryTest {
  @TempDir Path dir;

  @Test
  void rewritesThatNameTheSamePeopleJoinOneStory() throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Ingest.sample(engine);
      List<Article> takhti =
          engine.search(SearchRequest.of("جام تختی")).hits().stream()
              .map(h -> h.article())
              .toList();
      assertThat(takhti).hasSize(1);
      List<Article> versions = engine.story(takhti.get(0).story());
      assertThat(versions)
          .extracting(a -> a.source().id())
          .containsExactlyInAnyOrder("isna", "yjc");
      assertThat(engine.count()).isEqualTo(24);
    }
  }
}
