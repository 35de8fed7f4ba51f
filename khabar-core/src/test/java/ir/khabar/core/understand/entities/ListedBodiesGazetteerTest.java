package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * Well-known bodies the organisation list lacked (issue 17): al-Qaeda, Fatah by its movement's
 * name, Iran's Martyrs Foundation and its Central Insurance. Sentences written for this test.
 */
class ListedBodiesGazetteerTest {
  @Test
  void theBodiesAreFoundByTheirNamesAndCommonShortForms() {
    assertThat(
            NamesOf.ids("گروه تروریستی القاعده مسئولیت حمله را پذیرفت.", Entity.Type.ORGANISATION))
        .containsExactly("org-al-qaeda");
    assertThat(NamesOf.ids("جنبش فتح این طرح را رد کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ps-fatah");
    assertThat(NamesOf.organisations("بنیاد شهید اعلام کرد که ثبت نام آغاز شده است."))
        .containsExactly("بنیاد شهید");
    assertThat(NamesOf.ids("بیمه مرکزی نرخ جدید را اعلام کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-central-insurance");
  }

  @Test
  void conquestIsNoMovementWithoutItsName() {
    assertThat(NamesOf.organisations("فتح خرمشهر در سال ۱۳۶۱ بود.")).isEmpty();
  }
}
