package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outlet a source line names is an organisation, listed or not (issue 17). */
class SourceLineTest {
  @Test
  void anUnlistedOutletAfterTheCueIsAnOrganisation() {
    assertThat(NamesOf.organisations("به گزارش ورزش سه، تمرین تیم امروز برگزار شد."))
        .containsExactly("ورزش سه");
    assertThat(NamesOf.organisations("به گزارش مهر به نقل از ددلاین، فیلم در پاییز اکران می‌شود."))
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
}
