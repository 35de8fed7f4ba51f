package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import org.junit.jupiter.api.Test;

/**
 * A site's list heading («آخرین اخبار», «اخبار مرتبط») ends the article only as a whole line: a
 * headline or a sentence that starts with the same words is the article's.
 */
class TrailerHeadingsTest {
  private static final String BODY =
      "داوران بخش مسابقه جشنواره امروز در نشستی خبری به رسانه\u200cها معرفی شدند و برنامه\u200cهای"
          + " هفته نخست اعلام شد.\n";

  private final TextPageExtractor extractor = new TextPageExtractor(Agencies.get());

  @Test
  void aHeadlineStartingWithAHeadingsWordsIsTheTitle() {
    Article a =
        extractor.extract("آخرین اخبار از جشنواره فیلم فجر\n" + BODY, "page.txt").orElseThrow();
    assertThat(a.title()).isEqualTo("آخرین اخبار از جشنواره فیلم فجر");
  }

  @Test
  void aParagraphStartingWithAHeadingsWordsDoesNotEndTheArticle() {
    Article a =
        extractor
            .extract(
                "معرفی داوران جشنواره فیلم فجر\n"
                    + BODY
                    + "اخبار مرتبط با این جشنواره هر روز در همین صفحه منتشر خواهد شد و خوانندگان"
                    + " می\u200cتوانند نظرات خود را بفرستند.\n"
                    + "دبیر جشنواره گفت فیلم\u200cهای بخش بین\u200cالملل هفته آینده معرفی می\u200cشوند.\n"
                    + "اخبار مرتبط:\n"
                    + "نشست خبری دبیر جشنواره\n",
                "page.txt")
            .orElseThrow();
    assertThat(String.join("\n", a.body()))
        .contains("دبیر جشنواره گفت")
        .doesNotContain("نشست خبری");
  }
}
