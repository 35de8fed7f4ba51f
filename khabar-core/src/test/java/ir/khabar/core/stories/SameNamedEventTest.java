package ir.khabar.core.stories;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.persian.PersianText;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two reports that share no text, the same day, naming the same people: one story when their
 * headlines share words of the event, two when they share only the country they are about.
 */
class SameNamedEventTest {
  private static final ZonedDateTime DAY =
      ZonedDateTime.parse("2005-04-16T10:00:00+04:30[Asia/Tehran]");
  private static final List<Entity> PEOPLE =
      List.of(
          new Entity(Entity.Type.PERSON, "person-a", "ابراهیم جعفری", 2, null),
          new Entity(Entity.Type.PERSON, "person-b", "جلال طالبانی", 1, null));

  private final Fingerprinter fingerprints = new Fingerprinter(PersianText.get());

  @Test
  void headlinesSharingOnlyTheirCountryAreTwoStories() {
    Article blasts =
        article(
            "انفجارهای خونبار در عراق",
            "دو خودرو در نزدیکی منطقه سبز بغداد بر سر راه کاروان پلیس منفجر شد و چند تن کشته شدند.");
    Article analysis =
        article(
            "بررسی اوضاع عراق پس از انتخاب رئیس جمهور",
            "کشمکش\u200cها در ساختار قدرت این کشور با وجود تشکیل دولت تازه همچنان ادامه دارد.");
    assertThat(SameStory.test(fingerprints.of(blasts), fingerprints.of(analysis))).isFalse();
  }

  @Test
  void headlinesSharingTheEventsWordsAreOneStory() {
    Article one =
        article(
            "دیدار جعفری و طالبانی در بغداد",
            "نخست وزیر و رئیس جمهور عراق امروز درباره تشکیل کابینه گفت\u200cوگو کردند.");
    Article other =
        article(
            "جعفری و طالبانی درباره کابینه دیدار کردند",
            "دو مقام عراقی در نشستی دوجانبه وزیران پیشنهادی را بررسی کردند و به توافق رسیدند.");
    assertThat(SameStory.test(fingerprints.of(one), fingerprints.of(other))).isTrue();
  }

  private static Article article(String title, String body) {
    return Article.builder()
        .id(title)
        .title(title)
        .lead("")
        .body(List.of(body))
        .published(DAY, null)
        .entities(PEOPLE)
        .build();
  }
}
