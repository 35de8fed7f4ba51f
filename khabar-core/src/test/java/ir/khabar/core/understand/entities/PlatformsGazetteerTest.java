package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The platforms and firms news names bare (organisations.tsv, kind company). */
class PlatformsGazetteerTest {
  @Test
  void aPlatformNamedBareIsItsCompany() {
    assertThat(
            EntityRecognizer.get().names("او در صفحه اینستاگرام و کانال تلگرام خود نوشت.").stream()
                .map(Span::id))
        .containsExactly("org-us-instagram", "org-ae-telegram");
    assertThat(NamesOf.organisations("این ویدئو در فیس بوک و توئیتر منتشر شد."))
        .containsExactly("فیس بوک", "توئیتر");
  }

  @Test
  void aFirmNamedByACommonWordNeedsItsHead() {
    assertThat(NamesOf.organisations("جنگل\u200cهای آمازون در آتش می\u200cسوزند.")).isEmpty();
    assertThat(NamesOf.organisations("شرکت آمازون سهام خود را فروخت."))
        .containsExactly("شرکت آمازون");
  }
}
