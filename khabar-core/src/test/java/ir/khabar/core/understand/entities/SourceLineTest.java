package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outlet a source line names is an organisation, listed or not (issue 17). */
class SourceLineTest {
  @Test
  void anUnlistedOutletAfterTheCueIsAnOrganisation() {
    assertThat(NamesOf.organisations("به گزارش ورزش سه، تمرین تیم امروز برگزار شد."))
        .containsExactly("ورزش سه");
    assertThat(
            NamesOf.organisations(
                "به گزارش مهر به نقل از ددلاین، فیلم در پاییز اکران می\u200cشود."))
        .containsExactly("مهر", "ددلاین");
  }

  @Test
  void aMonthAfterTheCueIsTheAgency() {
    assertThat(NamesOf.organisations("به گزارش خبرنگار مهر، جلسه شورا امروز برگزار شد."))
        .containsExactly("مهر");
  }

  @Test
  void aReporterAPersonOrAListedBodyIsNoUnlistedOutlet() {
    assertThat(NamesOf.organisations("به گزارش خبرنگار ما، بازار امروز آرام بود.")).isEmpty();
    assertThat(NamesOf.organisations("به نقل از نهاوندیان، دولت برنامه دارد.")).isEmpty();
    assertThat(NamesOf.organisations("به گزارش خبرنگار سیاسی ایرنا، نشست برگزار شد."))
        .containsExactly("ایرنا");
  }

  @Test
  void thePublicRelationsOfABodyIsOneOrganisation() {
    assertThat(NamesOf.organisations("به نقل از روابط عمومی فدراسیون کشتی، اردو آغاز شد."))
        .containsExactly("روابط عمومی فدراسیون کشتی");
  }

  @Test
  void anOutletNamedByACommonWordNeedsItsHeadOrACue() {
    assertThat(NamesOf.organisations("محققان تاریخ انبساط کیهان را با دقت بیشتری بررسی کردند."))
        .isEmpty();
    assertThat(NamesOf.organisations("کیهان کلهر در این کنسرت کمانچه نواخت.")).isEmpty();
    assertThat(NamesOf.organisations("روزنامه کیهان در سرمقاله خود به این موضوع پرداخت."))
        .containsExactly("روزنامه کیهان");
    assertThat(NamesOf.organisations("به گزارش کیهان، جلسه امروز برگزار شد."))
        .containsExactly("کیهان");
  }

  @Test
  void aListedOutletNamedWithoutItsHeadIsTheListedOne() {
    assertThat(ids("به گزارش مهر، جلسه شورا امروز برگزار شد.")).containsExactly("org-ir-mehr");
    assertThat(ids("به گزارش کیهان، جلسه امروز برگزار شد.")).containsExactly("org-ir-kayhan");
    assertThat(ids("به گزارش ورزش سه، تمرین تیم امروز برگزار شد."))
        .containsExactly("org-ir-varzesh3");
  }

  @Test
  void aPressReviewHeadingIsTheOutlet() {
    String review =
        "جوان: فاصله را حفظ کنید\nکیهان: ایجاد خط فاصل مهم\u200cتر است\nاطلاعات: بازار آرام شد";
    assertThat(ids(review)).containsExactly("org-ir-javan", "org-ir-kayhan", "org-ir-etelaat");
    assertThat(ids("ایران: ما آماده\u200cایم.")).containsExactly("country-ir");
    assertThat(ids("گفت کیهان: ما آماده\u200cایم.")).isEmpty();
  }

  private static List<String> ids(String text) {
    return NamesOf.ids(text, Entity.Type.ORGANISATION, Entity.Type.COUNTRY);
  }

  @Test
  void aListedOutletWithACountryInItsNameIsTheOutlet() {
    assertThat(NamesOf.ids("به گزارش عصر ایران، وزیر از استعفا خبر داد.", Entity.Type.values()))
        .containsExactly("org-ir-asriran");
    assertThat(
            NamesOf.ids(
                "پایگاه خبری تحلیلی انتخاب نوشت و به گزارش انتخاب، جلسه لغو شد.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-ir-entekhab", "org-ir-entekhab");
  }

  @Test
  void aPapersCommonWordIsItsNameOnlyInTheSourceLine() {
    assertThat(NamesOf.ids("به گزارش اعتماد، اعتماد مردم به بازار کم شد.", Entity.Type.values()))
        .containsExactly("org-ir-etemad");
    assertThat(NamesOf.ids("روزنامه شرق الاوسط نوشت.", Entity.Type.ORGANISATION))
        .containsExactly("org-gb-al-sharq-al-awsat");
  }
}
