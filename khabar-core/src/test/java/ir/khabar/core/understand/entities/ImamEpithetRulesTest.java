package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * After «امام» a holy figure is named by a given name, an epithet («امام زمان (عج)», «امام ره») or
 * with a blessing; a common word is the imam of something («امام مسجد») (issue 17). Sentences
 * written for this test.
 */
class ImamEpithetRulesTest {
  @Test
  void anEpithetNamesTheHolyFigure() {
    assertThat(NamesOf.people("مردم برای ظهور امام زمان (عج) دعا کردند."))
        .extracting(Span::text)
        .containsExactly("امام زمان (عج)");
  }

  @Test
  void aCommonWordAfterImamIsNoName() {
    assertThat(NamesOf.people("امام مسجد محل گفت که نماز برگزار می شود.")).isEmpty();
    assertThat(NamesOf.people("هر کس امام خویش را بشناسد رستگار است.")).isEmpty();
    assertThat(NamesOf.people("امام حسین (ع) در کربلا به شهادت رسید."))
        .extracting(Span::text)
        .containsExactly("امام حسین (ع)");
  }
}
