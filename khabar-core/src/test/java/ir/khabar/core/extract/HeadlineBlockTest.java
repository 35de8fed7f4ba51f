package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import org.junit.jupiter.api.Test;

/**
 * A newspaper's plain text opens with a headline block: the title is the headline a reader would
 * quote, not the column's rubric above it, the speaker alone, or the over-title.
 */
class HeadlineBlockTest {
  private static final String BODY =
      "گروه اجتماعی: مسئولان وزارت بهداشت امروز در نشستی با خبرنگاران از برنامه\u200cهای تازه"
          + " برای سال آینده خبر دادند.\n"
          + "به گفته آنان این برنامه\u200cها از ابتدای فروردین در همه استان\u200cها اجرا می\u200cشود.\n";

  private final TextPageExtractor extractor = new TextPageExtractor(Agencies.get());

  private Article extract(String text) {
    return extractor.extract(text, "page.txt").orElseThrow();
  }

  @Test
  void aColumnsRubricIsNotTheTitle() {
    Article a = extract("نگاه دوم\nهزینه\u200cهای یک غفلت\n" + BODY);
    assertThat(a.title()).isEqualTo("هزینه\u200cهای یک غفلت");
    assertThat(a.lead()).startsWith("گروه اجتماعی:");
  }

  @Test
  void aSpeakersLineJoinsWhatTheySaid() {
    Article a = extract("وزیر بهداشت:\nهمه استان\u200cهای مرزی در معرض بیماری هستند\n" + BODY);
    assertThat(a.title()).isEqualTo("وزیر بهداشت: همه استان\u200cهای مرزی در معرض بیماری هستند");
  }

  @Test
  void anOverTitleBecomesTheLeadAndTheRealLeadStaysInTheBody() {
    Article a =
        extract("با وجود قانون منع کار کودکان\nیک میلیون کودک در ایران کار می\u200cکنند\n" + BODY);
    assertThat(a.title()).isEqualTo("یک میلیون کودک در ایران کار می\u200cکنند");
    assertThat(a.lead()).isEqualTo("با وجود قانون منع کار کودکان");
    assertThat(a.body().get(0)).startsWith("گروه اجتماعی:");
  }

  @Test
  void anOverTitleEndingInASemicolonIsNotTheTitle() {
    Article a =
        extract(
            "در پایان نشست وزیران بهداشت عنوان شد؛\nبرنامه\u200cهای تازه بهداشت اعلام شد\n" + BODY);
    assertThat(a.title()).isEqualTo("برنامه\u200cهای تازه بهداشت اعلام شد");
    assertThat(a.lead()).isEqualTo("در پایان نشست وزیران بهداشت عنوان شد");
  }

  @Test
  void aTitleOverAnAuthorsNameStaysTheTitleAndTheNameIsNoLead() {
    Article a = extract("برنامه\u200cهای تازه بهداشت\nعلی رضایی\n" + BODY);
    assertThat(a.title()).isEqualTo("برنامه\u200cهای تازه بهداشت");
    assertThat(a.lead()).isEmpty();
    assertThat(a.body().get(0)).isEqualTo("علی رضایی");
  }

  @Test
  void aTitleOverALeadThatNamesItsSourceStaysTheTitle() {
    Article a =
        extract(
            "برنامه\u200cهای تازه بهداشت اعلام شد\nفارس: وزارت بهداشت برنامه تازه را اعلام کرد\n"
                + BODY);
    assertThat(a.title()).isEqualTo("برنامه\u200cهای تازه بهداشت اعلام شد");
  }

  @Test
  void aTitleOverItsDatelineStaysTheTitle() {
    Article a =
        extract("برنامه\u200cهای تازه بهداشت اعلام شد\nسه\u200cشنبه ۱۸ آذر ۱۴۰۴ - ۱۰:۵۵\n" + BODY);
    assertThat(a.title()).isEqualTo("برنامه\u200cهای تازه بهداشت اعلام شد");
    assertThat(a.published()).isNotNull();
  }
}
