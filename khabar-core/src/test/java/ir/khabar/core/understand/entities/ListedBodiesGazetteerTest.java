package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * Well-known bodies the organisation list lacked (issue 17): al-Qaeda, Fatah by its movement's
 * name, Iran's Martyrs Foundation and its Central Insurance, FIFA, Human Rights Watch, the FBI, the
 * Muslim Brotherhood, Boko Haram, Jaish al-Adl, the Free Syrian Army. Sentences written for this
 * test.
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
  void bodiesOfWorldNewsAreFoundByTheirCommonWritings() {
    assertThat(NamesOf.ids("فیفا این رای را تایید کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-fifa");
    assertThat(NamesOf.ids("دیده بان حقوق بشر گزارش داد.", Entity.Type.ORGANISATION))
        .containsExactly("org-hrw");
    assertThat(NamesOf.ids("گروه بوکوحرام مسئولیت را پذیرفت.", Entity.Type.ORGANISATION))
        .containsExactly("org-boko-haram");
    assertThat(
            NamesOf.ids("ارتش آزاد سوریه عقب نشست.", Entity.Type.ORGANISATION, Entity.Type.COUNTRY))
        .containsExactly("org-sy-fsa");
  }

  @Test
  void aListedFirmThenItsOwnCountryIsTheFirmAndTheCountry() {
    assertThat(
            NamesOf.ids(
                "گازپروم روسیه قرارداد تازه\u200cای امضا کرد.",
                Entity.Type.ORGANISATION,
                Entity.Type.COUNTRY))
        .containsExactly("org-ru-gazprom", "country-ru");
    assertThat(
            NamesOf.ids(
                "توتال فرانسه از این طرح کنار رفت.", Entity.Type.ORGANISATION, Entity.Type.COUNTRY))
        .containsExactly("org-fr-total", "country-fr");
  }

  @Test
  void conquestIsNoMovementWithoutItsName() {
    assertThat(NamesOf.organisations("فتح خرمشهر در سال ۱۳۶۱ بود.")).isEmpty();
  }

  @Test
  void armedGroupsOfTheSyrianAndIraqiWarsAndTheWelfareBodyAreListed() {
    assertThat(
            NamesOf.ids(
                "نیروهای پیشمرگه و ارتش آزاد با النصره جنگیدند و بهزیستی به آوارگان کمک کرد.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-iq-peshmerga", "org-sy-fsa", "org-al-nusra", "org-ir-behzisti");
  }
}
