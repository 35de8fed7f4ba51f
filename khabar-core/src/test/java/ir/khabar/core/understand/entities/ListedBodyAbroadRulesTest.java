package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * A listed body named by a short form whose name goes on to another country is that country's body
 * (issue 17). Sentences written for this test.
 */
class ListedBodyAbroadRulesTest {
  @Test
  void aShortFormGoingOnToAnotherCountryIsThatCountrysBody() {
    assertThat(NamesOf.organisations("وزارت صنعت و انرژی قطر قرارداد را امضا کرد."))
        .containsExactly("وزارت صنعت و انرژی قطر");
    assertThat(
            NamesOf.ids("سازمان توسعه تجارت خارجی مالزی هیئتی فرستاد.", Entity.Type.ORGANISATION))
        .containsExactly("org-سازمانتوسعهتجارتخارجیمالزی");
  }

  @Test
  void aHeadAloneGoingOnToAnotherCountryIsThatCountrysBody() {
    // Iran's bodies the lists name by a bare head («مجلس», «ارتش»): a name that goes on from the
    // head to another country is that country's body
    assertThat(NamesOf.ids("رهبر مجلس اعلای شیعیان عراق به نجف رفت.", Entity.Type.ORGANISATION))
        .containsExactly("org-مجلساعلایشیعیانعراق");
    assertThat(NamesOf.ids("ارتش آزادیبخش ملی عراق بیانیه داد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ارتشازادیبخشملیعراق");
    // the head alone, or before no country, stays Iran's body
    assertThat(NamesOf.ids("مجلس با وزیر پیشنهادی ایران موافقت کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-majlis");
  }

  @Test
  void theListedBodyStaysWhereNoOtherCountryFollows() {
    assertThat(NamesOf.ids("وزارت صنعت و بانک مرکزی طرح را بررسی کردند.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-ministry-industry", "org-ir-cbi");
    assertThat(NamesOf.ids("وزارت امور خارجه اعلام کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-mofa");
  }

  @Test
  void anInternationalBodyIsNoCountrysButForAnAdjectiveAfterItsShortForm() {
    assertThat(NamesOf.ids("بودجه سازمان ملل صرف اشغال عراق نمی شود.", Entity.Type.ORGANISATION))
        .containsExactly("org-un");
    assertThat(NamesOf.organisations("دبیر شورای امنیت ملی ترکیه به تهران آمد."))
        .containsExactly("شورای امنیت ملی ترکیه");
  }

  @Test
  void aGivenNameAfterAHeadOfIransBodyNamesAnotherBody() {
    assertThat(NamesOf.ids("سپاه بدر در جنوب عراق فعال است.", Entity.Type.ORGANISATION))
        .containsExactly("org-سپاهبدر");
    assertThat(NamesOf.ids("فرمانده سپاه در این مراسم گفت.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-irgc");
    // a given name that is one word with the next, written apart, is no name
    assertThat(
            NamesOf.ids(
                "این لایحه در مجلس علی رغم مخالفت دولت تصویب شد.", Entity.Type.ORGANISATION))
        .contains("org-ir-majlis");
  }

  @Test
  void aListedBodyNamedWithItsOwnCountryIsThatBody() {
    assertThat(NamesOf.ids("خبرگزاری جمهوری اسلامی ایران گزارش داد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-irna");
    assertThat(NamesOf.ids("وزارت امور خارجه کشورمان اعلام کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-mofa");
    // another country's, or two countries', is another body
    assertThat(NamesOf.ids("وزارت امور خارجه روسیه اعلام کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-ru-mfa");
    assertThat(
            NamesOf.ids(
                "آموزش و پرورش ایران و ژاپن همکاری می\u200cکنند.", Entity.Type.ORGANISATION))
        .doesNotContain("org-ir-ministry-education");
  }
}
