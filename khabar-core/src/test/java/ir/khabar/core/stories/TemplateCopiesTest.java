package ir.khabar.core.stories;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.persian.PersianText;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's template filled anew months later (a puzzle's rules, a weekly schedule) is no story told
 * twice; the same text within days is one story.
 */
class TemplateCopiesTest {
  private static final String RULES =
      "در این جدول اعداد یک تا نه را چنان بنویسید که در هر سطر و هر ستون و هر مربع کوچک هر عدد"
          + " تنها یک بار بیاید. پاسخ جدول را در شماره بعد ببینید و برای حل آن شتاب نکنید، زیرا"
          + " جدول\u200cهای دشوار گاه چند ساعت وقت می\u200cگیرند و لذت حل آن\u200cها در همین است.";

  private final Fingerprinter fingerprints = new Fingerprinter(PersianText.get());

  @Test
  void theSameTemplateMonthsApartIsTwoStories() {
    Fingerprint winter = fingerprints.of(puzzle("جدول اعداد ۱۸", "2006-02-13T08:00:00Z"));
    Fingerprint spring = fingerprints.of(puzzle("جدول اعداد ۶۵", "2006-04-29T08:00:00Z"));
    assertThat(winter.similarity(spring)).isGreaterThanOrEqualTo(SameStory.NEAR_DUPLICATE);
    assertThat(SameStory.test(winter, spring)).isFalse();
  }

  @Test
  void theSameTextDaysApartIsOneStory() {
    Fingerprint first = fingerprints.of(puzzle("جدول اعداد ۱۸", "2006-02-13T08:00:00Z"));
    Fingerprint again = fingerprints.of(puzzle("جدول اعداد ۱۸", "2006-02-15T08:00:00Z"));
    assertThat(SameStory.test(first, again)).isTrue();
  }

  private static Article puzzle(String title, String published) {
    return Article.builder()
        .id(title + published)
        .title(title)
        .lead("")
        .body(List.of(RULES))
        .published(ZonedDateTime.parse(published), null)
        .build();
  }
}
