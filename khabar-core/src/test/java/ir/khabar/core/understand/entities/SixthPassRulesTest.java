package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sixth pass's span rules (issue 17), each on a sentence of the kind PEYMA's misses showed. */
class SixthPassRulesTest {
  private List<String> spans(String text, Entity.Type type) {
    return NamesOf.type(text, type);
  }

  @Test
  void theRepublicOfAPresidencyIsNoPartOfTheCountry() {
    assertThat(spans("رئیس جمهوری ترکیه به قزاقستان می رود.", Entity.Type.COUNTRY))
        .containsExactly("ترکیه", "قزاقستان");
    assertThat(spans("او نامزد انتخابات ریاست جمهوری آمریکا بود.", Entity.Type.COUNTRY))
        .containsExactly("آمریکا");
    assertThat(spans("توان رویارویی با جمهوری اسلامی ایران را ندارند.", Entity.Type.COUNTRY))
        .containsExactly("جمهوری اسلامی ایران");
  }

  @Test
  void anOfficialWordThatOnlyFollowsAnotherStartsNoCountry() {
    assertThat(spans("کیست که از انقلاب اسلامی ایران خاطره ای نداشته باشد؟", Entity.Type.COUNTRY))
        .containsExactly("ایران");
    assertThat(spans("رییس جمهور اسلامی ایران به بلغارستان رفت.", Entity.Type.COUNTRY))
        .containsExactly("ایران", "بلغارستان");
  }

  @Test
  void aGroupWithANameNoListHoldsIsABody() {
    assertThat(
            spans(
                "نیجریه از آزادی 700 گروگان از دست عناصر گروه تروریستی بوکوحرام در نیجریه خبر داد.",
                Entity.Type.ORGANISATION))
        .containsExactly("گروه تروریستی بوکوحرام");
    assertThat(spans("گروه اقتصادی واندا در حال ساختن تاسیساتی است.", Entity.Type.ORGANISATION))
        .containsExactly("گروه اقتصادی واندا");
    // a group of people or things is no body
    assertThat(spans("گروه سنی نوجوانان و گروه مردان به مسابقه رفتند.", Entity.Type.ORGANISATION))
        .isEmpty();
  }

  @Test
  void aMonthAfterAReporterIsTheAgency() {
    assertThat(
            spans(
                "محمد فلاحتی در گفتگو با خبرنگار مهر ، از آتش سوزی در تالاب هشیلان خبر داد.",
                Entity.Type.ORGANISATION))
        .containsExactly("مهر");
    assertThat(spans("به گزارش مهر ؛ بازیکنان پرسپولیس تمرین کردند.", Entity.Type.ORGANISATION))
        .startsWith("مهر");
    // a date is no agency
    assertThat(spans("خبرنگار مهر 1395 به تهران آمد.", Entity.Type.ORGANISATION)).isEmpty();
  }

  @Test
  void aClubNamedByItsPeopleOrHeadIsNamedBareToo() {
    assertThat(
            spans(
                "سرمربی اتلتیکو مادرید از خط دفاعی تیمش تشکر کرد . اتلتیکو دو بر صفر برد .",
                Entity.Type.ORGANISATION))
        .containsExactly("اتلتیکو مادرید", "اتلتیکو");
    assertThat(
            spans(
                "پاسخ باشگاه سویا به فدراسیون روشن بود . سویا در ورزشگاه سویا بازی نمی کند .",
                Entity.Type.ORGANISATION))
        .containsExactly("باشگاه سویا", "سویا")
        .doesNotContain("ورزشگاه سویا");
    // a common word after a club's person is no club
    assertThat(spans("کاپیتان جوان به زمین آمد و استقلال برد .", Entity.Type.ORGANISATION))
        .isEmpty();
  }

  @Test
  void aLeadOpensWithItsSubjectThenTheTimeItActed() {
    assertThat(
            spans(
                "به گزارش ایرنا ، عظیم محبی روز چهارشنبه در گردهمایی مدیران گفت که کار ادامه دارد .",
                Entity.Type.PERSON))
        .containsExactly("عظیم محبی");
    assertThat(
            spans(
                "به گزارش ایسنا ، حمیدرضا عراقی امروز در دومین همایش سخن گفت .",
                Entity.Type.PERSON))
        .containsExactly("حمیدرضا عراقی");
    assertThat(spans("قیمت طلا امروز بالا رفت .", Entity.Type.PERSON)).isEmpty();
  }

  @Test
  void aWorkIsCreditedToAPersonAndBeNeveshteNamesASource() {
    assertThat(
            spans(
                "کتاب شبکه ها نوشته رابین ویلسون - و مستندی به قلم سیامک کاکایی ، کارشناس ، منتشر شد .",
                Entity.Type.PERSON))
        .containsExactly("رابین ویلسون", "سیامک کاکایی");
    assertThat(spans("او حواسش را به کارگردانی فیلمش بسپارد .", Entity.Type.PERSON)).isEmpty();
    assertThat(spans("به نوشته فوربس ، ثروت او بیشتر شد .", Entity.Type.ORGANISATION))
        .containsExactly("فوربس");
  }

  @Test
  void anOutletInQuotesAfterASourceCueIsTheOutlet() {
    assertThat(
            spans(
                "به گزارش \" ورزش سه \" ، بارسلونا قصد دارد بازیکن بخرد .",
                Entity.Type.ORGANISATION))
        .containsExactly("ورزش سه");
    assertThat(spans("به گزارش « انتخاب » ، او گفت .", Entity.Type.ORGANISATION))
        .containsExactly("انتخاب");
  }

  @Test
  void aFamilyNameATitleIntroducesIsThatPersonBare() {
    List<Span> people =
        NamesOf.people(
            "آیت الله هاشمی در این دیدار گفت که مردم هاشمی را دوست دارند و از خوبی های هاشمی می گویند .");
    assertThat(people).extracting(Span::text).containsExactly("هاشمی", "هاشمی", "هاشمی");
    assertThat(people).extracting(Span::id).containsOnly(people.get(0).id());
  }

  @Test
  void aStarOfAClubNamesTheClub() {
    assertThat(spans("دو ستاره اتلتیکو در مصاحبه گفتند که اتلتیکو برد .", Entity.Type.ORGANISATION))
        .containsExactly("اتلتیکو", "اتلتیکو");
  }

  @Test
  void aNameRunsThroughAndInsideAPairTheListsHoldAsOneWord() {
    assertThat(spans("رییس اتحادیه رادیو و تلویزیون های عراق افزود .", Entity.Type.ORGANISATION))
        .containsExactly("اتحادیه رادیو و تلویزیون های عراق");
  }
}
