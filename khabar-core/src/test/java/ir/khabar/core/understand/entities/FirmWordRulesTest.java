package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * A body's word before a listed body's name joins the name and keeps its link (issue 17): «شرکت
 * بوئینگ» is Boeing, not a new body of the same words. Sentences written for this test.
 */
class FirmWordRulesTest {
  private static java.util.List<String> ids(String text) {
    return NamesOf.ids(text, Entity.Type.ORGANISATION);
  }

  @Test
  void aFirmsWordBeforeAListedFirmIsThatFirm() {
    assertThat(ids("شرکت بوئینگ تحویل هواپیماها را عقب انداخت.")).containsExactly("org-us-boeing");
    assertThat(ids("کمپانی رنو خط تولید تازه\u200cای راه انداخت."))
        .containsExactly("org-fr-renault");
    assertThat(NamesOf.organisations("شرکت ایران خودرو قیمت\u200cها را اعلام کرد."))
        .containsExactly("شرکت ایران خودرو");
  }

  @Test
  void aBodysWordBeforeAListedBodyKeepsItsLink() {
    assertThat(ids("سازمان ناتو نشست فوق\u200cالعاده برگزار کرد.")).containsExactly("org-nato");
  }

  @Test
  void aProvincesBodyOfAMinistryIsNoMinistry() {
    assertThat(ids("سازمان جهاد کشاورزی استان فارس خرید گندم را آغاز کرد."))
        .doesNotContain("org-ir-ministry-agriculture");
  }
}
