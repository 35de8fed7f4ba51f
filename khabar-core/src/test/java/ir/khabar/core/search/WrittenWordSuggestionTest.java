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
 * "Did you mean" corrects typos only: a word some article writes is a typo only one edit from the
 * word meant (a new word two edits from a common one, «کووید» and «کنید», is what the reader
 * meant), and a stopword («بین»), a number («۲۷۰۰») or a word with its ending («قاتلی») is never
 * corrected.
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
                "وزیر خارجه روسیه گفت: در این باره گفت\u200cوگو کنید و نتیجه را اعلام کنید."
                    + " بیان او درباره ۲۰۰ قاتل و هوای شهر بود."));
      }
      engine.add(article("rare-1", "واکسن تازه", "واکسن تازه کووید به بازار رسید."));
      engine.add(article("rare-2", "بیماری در زمستان", "موارد ابتلا به کووید در زمستان بیشتر شد."));
      engine.commit();

      SearchResult written = engine.search(SearchRequest.of("کووید"));
      assertThat(written.total()).isEqualTo(2);
      assertThat(written.suggestion()).isNull();

      SearchResult typo = engine.search(SearchRequest.of("لاورف"));
      assertThat(typo.suggestion()).isEqualTo("لاوروف");

      SearchResult several = engine.search(SearchRequest.of("لاورف بین ۲۷۰۰ قاتلی های شهر"));
      assertThat(several.suggestion())
          .as("a stopword, a number and a word with its ending are not corrected")
          .isEqualTo("لاوروف بین ۲۷۰۰ قاتلی های شهر");
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
