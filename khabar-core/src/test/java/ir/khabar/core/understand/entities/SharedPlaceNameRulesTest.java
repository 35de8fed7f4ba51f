package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare name a country shares with a region of Iran («آذربایجان»), decided by the text (issue 17).
 * Sentences written for these rules, none from a corpus.
 */
class SharedPlaceNameRulesTest {
  private static final String REGION = "region-azarbaijan";
  private static final String COUNTRY = "country-az";

  /** The ids of the text's mentions written «آذربایجان» alone. */
  private static List<String> bare(String text) {
    return EntityRecognizer.get().mentions(text).stream()
        .filter(s -> s.text().equals("آذربایجان"))
        .map(Span::id)
        .toList();
  }

  @Test
  void theWordBeforeDecidesFirst() {
    assertThat(bare("این جشنواره در استان آذربایجان برگزار می\u200cشود.")).containsExactly(REGION);
    assertThat(EntityRecognizer.get().mentions("روابط تجاری با کشور آذربایجان گسترش یافت."))
        .extracting(Span::id)
        .containsExactly(COUNTRY);
    assertThat(EntityRecognizer.get().mentions("او ورزشکاری اهل خطه آذربایجان است."))
        .extracting(Span::id)
        .containsExactly(REGION);
  }

  @Test
  void aListDecidesByItsOtherItems() {
    assertThat(bare("گروه\u200cهایی از خوزستان، آذربایجان، خراسان و فارس آمدند."))
        .containsExactly(REGION);
    assertThat(bare("این کالاها به ترکیه، ارمنستان و آذربایجان قاچاق می\u200cشود."))
        .containsExactly(COUNTRY);
    assertThat(bare("وقتی در ایران یا آذربایجان برنامه اجرا می\u200cکنیم استقبال زیاد است."))
        .containsExactly(COUNTRY);
  }

  @Test
  void elseTheArticlesOtherPlacesDecide() {
    String tabriz =
        "نمایشگاه فرش در تبریز گشایش یافت. استاندار آذربایجان شرقی گفت فرش آذربایجان"
            + " در جهان شناخته شده است.";
    assertThat(bare(tabriz)).containsExactly(REGION);
    String baku = "الهام علی\u200cاف در باکو گفت آذربایجان به همکاری با ایران ادامه می\u200cدهد.";
    assertThat(bare(baku)).containsExactly(COUNTRY);
  }

  @Test
  void oneTownOfTheRegionIsNotEnough() {
    assertThat(bare("این خواننده آذربایجان پس از کنسرت تبریز به خانه بازگشت."))
        .containsExactly(COUNTRY);
  }

  @Test
  void namesWrittenInFullAreLeftAsTheyAre() {
    assertThat(EntityRecognizer.get().mentions("سفیر جمهوری آذربایجان در تبریز و ارومیه بود."))
        .extracting(Span::id)
        .contains(COUNTRY);
    assertThat(EntityRecognizer.get().mentions("نمایندگان آذربایجان، ایران و روسیه امضا کردند."))
        .extracting(Span::id)
        .contains(COUNTRY, "country-ir", "country-ru");
  }
}
