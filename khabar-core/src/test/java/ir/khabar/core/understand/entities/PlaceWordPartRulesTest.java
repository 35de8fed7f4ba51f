package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place's name that is part of a common word written apart is no place (issue 17): «کارخانه
 * داران» are factory owners, not Daran. Sentences written for this test.
 */
class PlaceWordPartRulesTest {
  private static List<String> places(String text) {
    return NamesOf.type(text, Entity.Type.PLACE);
  }

  @Test
  void thePluralOfACompoundWrittenApartIsNoPlace() {
    assertThat(places("کارخانه داران و سرمایه داران از افزایش هزینه\u200cها گلایه کردند."))
        .isEmpty();
  }

  @Test
  void aNameTakingAnEndingWrittenApartIsACommonWord() {
    assertThat(places("سازهای کوبه ای در این کنسرت نواخته شد.")).isEmpty();
    assertThat(places("کابل های برق در کوهپایه های شمال شهر قطع شد.")).isEmpty();
  }

  @Test
  void thePlaceItselfStays() {
    assertThat(places("هیئت تجاری از کابل به داران رفت.")).containsExactly("کابل", "داران");
    // «شهرام» is a word, but «ام» no verb's stem a compound ends in
    assertThat(places("دیدار در شهر امان پایتخت اردن برگزار شد.")).contains("شهر امان");
  }

  @Test
  void aDemonymWithAPluralWrittenApartIsStillItsCountrysPeople() {
    assertThat(
            EntityRecognizer.get().mentions("عراقی ها و ایرانی ها توافق کردند.").stream()
                .map(Span::id)
                .toList())
        .containsExactly("country-iq", "country-ir");
  }
}
