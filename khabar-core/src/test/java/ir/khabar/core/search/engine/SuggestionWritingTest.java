package ir.khabar.core.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A suggestion is shown as the news writes its words, not in the index's folded letters. */
class SuggestionWritingTest {
  private static Article article(String title, String... body) {
    return Article.builder().id("t").title(title).body(List.of(body)).build();
  }

  @Test
  void aFoldedWordTakesTheArticlesWriting() {
    Article a =
        article(
            "تحریم\u200cهای تازهٔ آمریکا علیه ایران",
            "وزارت خزانه\u200cداری آمریکا امروز فهرست تازه\u200cای از تحریم\u200cها منتشر کرد.");
    assertThat(DidYouMean.asWritten("امریکا", a)).isEqualTo("آمریکا");
    assertThat(DidYouMean.asWritten("تحریم امریکا", a))
        .as("letters only: تحریم is not written تحریم\u200cها")
        .isEqualTo("تحریم آمریکا");
  }

  @Test
  void aWordTheArticleLacksStaysAsSuggested() {
    Article a = article("دیدار لاوروف و عراقچی", "دو وزیر در مسکو دیدار کردند.");
    assertThat(DidYouMean.asWritten("پوتین مسکو", a)).isEqualTo("پوتین مسکو");
    assertThat(DidYouMean.asWritten("«لاوروف»", a)).isEqualTo("«لاوروف»");
  }
}
