package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event rules issue 17 asked for, each on a Persian sentence: games, an event's own actors,
 * place, day, a counterpart named by role, one meeting told three times, topics.
 */
class EventRulesTest {
  /** A Wednesday. */
  private static final ZonedDateTime PUBLISHED =
      ZonedDateTime.of(2025, 12, 17, 7, 40, 0, 0, ZoneId.of("Asia/Tehran"));

  private static List<Event> events(String title, String... paragraphs) {
    Article a =
        Article.builder()
            .id("t")
            .title(title)
            .body(List.of(paragraphs))
            .published(PUBLISHED)
            .build();
    return new Understanding(Lexicon.get())
        .understand(a).events().stream().filter(Event::isEncounter).toList();
  }

  private static List<String> actorIds(Event e) {
    return e.actors().stream().map(Event.Actor::id).toList();
  }

  @Test
  void aFootballDidarIsNoMeeting() {
    assertThat(
            events(
                "خبر ورزشی",
                "دیدار تیم\u200cهای ایران و عراق در ورزشگاه آزادی با نتیجه ۲ بر یک به سود ایران پایان یافت."))
        .isEmpty();
    assertThat(
            events(
                "خبر",
                "هافبک سابق پرسپولیس و کنونی تیم ملی عراق پیش از دیدار حساس با تیم ملی کشورمان مصدوم شد."))
        .isEmpty();
  }

  @Test
  void anEventBetweenTwoForeignPartiesKeepsItsOwnActors() {
    Event e =
        events(
                "خبر",
                "شیمون پرز و دیمیتری مدودف در مسکو درباره برنامه هسته\u200cای ایران گفت\u200cوگو کردند.")
            .get(0);
    assertThat(actorIds(e)).contains("country-il", "country-ru").doesNotContain("country-ir");
    assertThat(
            events(
                    "خبر",
                    "وزیر خارجه آمریکا در ملاقات با مقامات امارات متحده عربی در خصوص راه\u200cهای محروم کردن ایران از درآمدهای نفتی مذاکره کرد.")
                .get(0)
                .actors())
        .extracting(Event.Actor::id)
        .containsExactlyInAnyOrder("country-us", "country-ae");
  }

  @Test
  void placeFromDarTheDestinationAndTheDateline() {
    Event bishkek =
        events(
                "خبر",
                "محمد جواد ظریف وزیر امور خارجه کشورمان امروز در بیشکک با روسلان کازاکبایف وزیر امور خارجه قرقیزستان دیدار کرد.")
            .get(0);
    assertThat(bishkek.place().id()).isEqualTo("capital-kg");
    assertThat(bishkek.date()).isEqualTo(LocalDate.of(2025, 12, 17));
    assertThat(
            events(
                    "خبر",
                    "منوچهر متکی وزیر امور خارجه کشورمان امروز عازم دمشق شد و با مقامات سوریه دیدار کرد.")
                .get(0)
                .place()
                .id())
        .isEqualTo("capital-sy");
    assertThat(
            events(
                    "خبر",
                    "به گزارش خبرگزاری فارس از مشهد، سفیر روسیه با استاندار خراسان رضوی دیدار کرد.")
                .get(0)
                .place()
                .name())
        .isEqualTo("مشهد");
  }

  @Test
  void theDayIsResolvedAgainstTheArticle() {
    assertThat(events("خبر", "عراقچی روز گذشته با لاوروف دیدار کرد.").get(0).date())
        .isEqualTo(LocalDate.of(2025, 12, 16));
    assertThat(events("خبر", "پزشکیان یکشنبه شب با پوتین در مسکو گفت\u200cوگو کرد.").get(0).date())
        .isEqualTo(LocalDate.of(2025, 12, 14));
    assertThat(events("خبر", "عراقچی دیروز با لاوروف دیدار کرد.").get(0).date())
        .isEqualTo(LocalDate.of(2025, 12, 16));
  }

  @Test
  void aCounterpartNamedByRoleBringsItsCountryAndThePersonNamedElsewhere() {
    List<Event> events =
        events(
            "دیدار ظریف با همتای قرقیزستانی\u200cاش",
            "محمد جواد ظریف وزیر امور خارجه کشورمان امروز در بیشکک با روسلان کازاکبایف وزیر امور خارجه قرقیزستان دیدار کرد.");
    assertThat(events).hasSize(1); // the title and the body tell one meeting
    Event e = events.get(0);
    assertThat(actorIds(e))
        .contains("country-ir", "country-kg", "mohammad-javad-zarif", "person-روسلانکازاکبایف");
    assertThat(e.place().id()).isEqualTo("capital-kg");
    assertThat(actorIds(events("دیدار ظریف با همتای قرقیزستانی\u200cاش").get(0)))
        .contains("country-kg");
  }

  @Test
  void plannedAndDeniedEncountersAndInterviewsAreNoEvents() {
    assertThat(events("خبر", "لاوروف قرار است فردا در مسکو با وزیر خارجه ایران دیدار کند."))
        .isEmpty();
    assertThat(events("خبر", "پوتین با هدف گسترش مناسبات با چین به این کشور سفر می\u200cکند."))
        .isEmpty();
    assertThat(events("خبر", "لاوروف امروز در گفت و گو با رادیو مسکو درباره ایران سخن گفت."))
        .isEmpty();
  }

  @Test
  void topicsComeFromTheSentenceNotFromANameThatLooksLikeAWord() {
    Event e =
        events("خبر", "پزشکیان و پوتین در مسکو درباره کریدور شمال جنوب گفت\u200cوگو کردند.").get(0);
    assertThat(e.topics()).contains("کریدور").doesNotContain("بهداشت");
  }
}
