package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Foreign papers and channels the news cites are outlets, not people (organisations.tsv). */
class ForeignOutletsGazetteerTest {
  @Test
  void aCitedForeignPaperIsTheListedOutlet() {
    assertThat(
            EntityRecognizer.get()
                .names("به نوشته الشرق الاوسط، محمد خلیل الباویی گفت که مذاکرات ادامه دارد.")
                .stream()
                .map(Span::id))
        .contains("org-gb-al-sharq-al-awsat")
        .doesNotContain("person-الشرقالاوسط");
    assertThat(EntityRecognizer.get().names("روزنامه تایمز مالی نوشت.").stream().map(Span::id))
        .containsExactly("org-gb-ft");
    assertThat(EntityRecognizer.get().names("المانیتور گزارش داد.").stream().map(Span::id))
        .containsExactly("org-us-al-monitor");
  }
}
