package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/** A foreign government body named in its several Persian writings (Hamshahri dev). */
class ForeignBodiesGazetteerTest {
  @Test
  void theUsAgencyForDevelopmentIsNoAtomicEnergyAgency() {
    assertThat(
            NamesOf.ids(
                "آژانس آمریکایی توسعه بین المللی اعلام کرد که به سیل زدگان کمک می کند.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-us-usaid");
    assertThat(
            NamesOf.ids(
                "آژانس توسعه بین‌المللی آمریکا (یو اس اید) اعلام کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-us-usaid", "org-us-usaid");
  }

  @Test
  void thePalestinianAuthorityIsABodyOfPalestine() {
    // Hamshahri development texts name it in 40 articles, by its full name or short
    assertThat(
            NamesOf.ids(
                "محمود عباس رئیس تشکیلات خودگردان فلسطین گفت دولت خودگردان آماده مذاکره است.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-ps-palestinian-authority", "org-ps-palestinian-authority");
  }

  @Test
  void theIaeaBoardReutersAndTheKurdishPartiesAreListed() {
    // Hamshahri development texts: 39, 91 and 24 articles named them by a pattern only
    assertThat(
            NamesOf.ids(
                "به گزارش خبرگزاری رویتر، نشست شورای حکام آغاز شد و جلال طالبانی رهبر اتحادیه"
                    + " میهنی کردستان عراق و حزب دموکرات کردستان عراق از آن استقبال کردند.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-gb-reuters", "org-iaea-board", "org-iq-puk", "org-iq-kdp");
  }

  @Test
  void shanghaiAloneIsTheCityAndTheShanghaiPactTheOrganisation() {
    assertThat(
            NamesOf.ids("وزیر خارجه در سفر به شانگهای با همتای چینی دیدار کرد.", Entity.Type.PLACE))
        .containsExactly("city-shanghai");
    assertThat(
            NamesOf.ids(
                "عضویت ایران در پیمان شانگهای و اجلاس سران شانگهای", Entity.Type.ORGANISATION))
        .containsExactly("org-sco", "org-sco");
  }

  @Test
  void theNorthAtlanticTreatyIsNatoNotAPerson() {
    // Fars: «کشورهای عضو پیمان آتلانتیک شمالی» read «پیمان» as a given name
    String text = "مانورهای نظامی کشورهای عضو پیمان آتلانتیک شمالی در دریای بالتیک آغاز شد.";
    assertThat(NamesOf.ids(text, Entity.Type.ORGANISATION)).containsExactly("org-nato");
    assertThat(NamesOf.ids(text, Entity.Type.PERSON)).isEmpty();
  }

  @Test
  void aListedNameWrittenWithAPlusIsFound() {
    // Hamshahri dev: «چندین نشست گروه ۱+۵ … را با شکست مواجه ساخته است»
    assertThat(NamesOf.ids("چندین نشست گروه ۱+۵ برگزار شد.", Entity.Type.ORGANISATION))
        .containsExactly("org-p5-plus-1");
    assertThat(NamesOf.ids("نشست گروه 5+1 در ژنو پایان یافت.", Entity.Type.ORGANISATION))
        .containsExactly("org-p5-plus-1");
  }
}
