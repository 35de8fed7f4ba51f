package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place's name that is as often a common word (جنین, صور, چک) is a place only when the text says
 * so (issue 17): the kind of place before it, a list of places, brackets after a club, or its
 * country named elsewhere; «امان» is Amman but in its idioms. Sentences written for this test.
 */
class WordPlacesRulesTest {
  private static List<String> places(String text) {
    return NamesOf.type(text, Entity.Type.PLACE);
  }

  private static List<String> countries(String text) {
    return NamesOf.type(text, Entity.Type.COUNTRY);
  }

  @Test
  void theCommonWordIsNoPlace() {
    assertThat(places("دیابت مادر روی رشد جنین اثر می گذارد و خطر سقط جنین را بالا می برد."))
        .isEmpty();
    assertThat(places("هیچ جای تهران از خطر زلزله در امان نیست.")).containsExactly("تهران");
    assertThat(places("این هنر صور عالم مثال را باز می آفریند.")).isEmpty();
    assertThat(countries("او ده قطعه تراول چک همراه داشت.")).isEmpty();
  }

  @Test
  void theKindOfPlaceBeforeItMakesItThePlace() {
    assertThat(places("نیروهای اسرائیلی به شهر جنین یورش بردند.")).contains("شهر جنین");
    assertThat(places("زمین لرزه شهر کوبه را ویران کرد.")).contains("شهر کوبه");
  }

  @Test
  void itsCountryNamedElsewhereMakesItThePlace() {
    assertThat(places("درگیری در جنین ادامه دارد و سه فلسطینی زخمی شدند.")).contains("جنین");
  }

  @Test
  void ammanIsAPlaceButInTheWordsIdioms() {
    assertThat(places("نخست وزیر عراق در امان با اولمرت دیدار کرد.")).contains("امان");
    assertThat(places("کارکنان سازمان ملل هم اکنون در امان استقرار یافته اند.")).contains("امان");
    assertThat(places("ساکنان شهر از این بیماری در امان نیستند.")).isEmpty();
    assertThat(places("مبارزه بی امان با قاچاق ادامه دارد و امان از گرانی.")).isEmpty();
  }

  @Test
  void aListOfPlacesOrBracketsAfterAClubMakeItTheCountry() {
    assertThat(countries("لهستان، چک و مجارستان به اتحادیه پیوستند.")).contains("چک");
    assertThat(countries("نام های تپلیس(چک) و اسپارتا در قرعه آمد.")).contains("چک");
  }
}
