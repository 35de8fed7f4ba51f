package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's name that is also a person's family name (issue 17): the person where the text writes
 * it as one. Sentences written for these rules, none from a corpus.
 */
class CountryFamilyNameRulesTest {
  private static List<String> ids(String text, Entity.Type type) {
    return EntityRecognizer.get().mentions(text).stream()
        .filter(s -> s.type() == type)
        .map(Span::id)
        .toList();
  }

  @Test
  void theFamilyNameOfAPersonNamedInFullIsThatPerson() {
    String text = "دیوید کامرون به پاریس رفت. کامرون در این سفر با اولاند دیدار کرد.";
    assertThat(ids(text, Entity.Type.PERSON)).contains("david-cameron").hasSize(3);
    assertThat(ids(text, Entity.Type.COUNTRY)).doesNotContain("country-cm");
  }

  @Test
  void aTitleOrAVerbOfSayingMakesTheFamilyNameAPerson() {
    assertThat(ids("آقای کامرون در مجلس عوام سخنرانی کرد.", Entity.Type.PERSON))
        .containsExactly("david-cameron");
    assertThat(ids("کامرون گفت که انگلیس در اتحادیه اروپا می\u200cماند.", Entity.Type.PERSON))
        .containsExactly("david-cameron");
  }

  @Test
  void aGivenNameBeforeItMakesAnotherPersonOfThatFamilyName() {
    assertThat(NamesOf.type("موستو جایگزین جیمز کامرون شده است.", Entity.Type.PERSON))
        .containsExactly("جیمز کامرون");
    assertThat(ids("امیر قطر و ملک اردن به ریاض رفتند.", Entity.Type.PERSON)).isEmpty();
  }

  @Test
  void withoutSuchEvidenceItStaysTheCountry() {
    assertThat(ids("رئیس جمهور کامرون به تهران سفر کرد.", Entity.Type.COUNTRY))
        .contains("country-cm");
    assertThat(ids("رئیس جمهور کامرون به تهران سفر کرد.", Entity.Type.PERSON)).isEmpty();
  }
}
