package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A given name the listed person lacks makes their family name someone else's (Hamshahri dev). */
class OtherBearersRulesTest {
  private static List<String> people(String text) {
    return NamesOf.ids(text, Entity.Type.PERSON);
  }

  @Test
  void anotherGivenNameIsAnotherPerson() {
    assertThat(people("لیلا حاتمی و بهرام رادان در این فیلم بازی کرده اند."))
        .doesNotContain("ahmadreza-radan");
    assertThat(people("این تیم را آرش صادقیانی و فرهاد ظریف تشکیل می دهند."))
        .containsExactly("person-ارشصادقیانی", "person-فرهادظریف");
  }

  @Test
  void aFunctionWordOrTheListedGivenNameKeepsThePerson() {
    assertThat(people("ولی عراقچی گفت که می آید.")).containsExactly("abbas-araghchi");
    assertThat(people("جواد ظریف گفت که می آید.")).containsExactly("mohammad-javad-zarif");
    assertThat(people("سیدکاظم وزیری هامانه گفت که می آید."))
        .containsExactly("kazem-vaziri-hamaneh");
  }

  @Test
  void aPilgrimsTitleBeforeAFamilyNamesEndingIsTheFamilyName() {
    assertThat(NamesOf.type("سردار حاجی زاده گفت که می آید.", Entity.Type.PERSON))
        .containsExactly("حاجی زاده");
    assertThat(people("مهدی حاجی زاده در وزن ۷۴ کیلوگرم با حریف روبرو شد."))
        .containsExactly("person-مهدیحاجیزاده");
  }
}
