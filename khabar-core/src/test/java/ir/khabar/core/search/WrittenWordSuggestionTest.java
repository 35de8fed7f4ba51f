package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Source;
import ir.khabar.core.index.LuceneSearchEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Did you mean" takes a word some article writes for a typo only one edit from the word meant: a
 * new word two edits from a common one («کووید», «کنید») is what the reader meant.
 */
class WrittenWordSuggestionTest {
  @TempDir Path dir;

  @Test
  void aWrittenWordTwoEditsFromACommonOneGetsNoSuggestion() throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      // Enough articles that a word two hold is rare (below 1 % of them, as the checker asks).
      for (int i = 0; i < 300; i++) {
        engine.add(
            article(
                "common-" + i,
                "دیدار لاوروف در نشست شماره " + i,
                "وزیر خارجه روسیه گفت: در این باره گفت\u200cوگو کنید و نتیجه را اعلام کنید."));
      }
      engine.add(article("rare-1", "واکسن تازه", "واکسن تازه کووید به بازار رسید."));
      engine.add(article("rare-2", "بیماری در زمستان", "موارد ابتلا به کووید در زمستان بیشتر شد."));
      engine.commit();

      SearchResult written = engine.search(SearchRequest.of("کووید"));
      assertThat(written.total()).isEqualTo(2);
      assertThat(written.suggestion()).isNull();

      SearchResult typo = engine.search(SearchRequest.of("لاورف"));
      assertThat(typo.suggestion()).isEqualTo("لاوروف");
    }
  }

  private static Article article(String id, String title, String body) {
    return Article.builder()
        .id(id)
        .source(new Source("fars", "فارس"))
        .title(title)
        .lead("")
        .body(List.of(body))
        .build();
  }
}
