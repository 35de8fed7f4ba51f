package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Events read from Persian sentences written for the project, through the understanding stage. */
class EventExtractorTest {
  private static List<Event> events(String... paragraphs) {
    return EventSentences.all(paragraphs);
  }

  @Test
  void aMeetingWithItsPeopleTheirCountriesThePlaceAndTheDay() {
    List<Event> events =
        events(
            "وزیر امور خارجه روسیه سرگئی لاوروف امروز با عباس عراقچی در مسکو دیدار کرد "
                + "و دو طرف درباره کریدور شمال جنوب و انتقال گاز گفت\u200cوگو کردند.");
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(Event.Type.MEET);
    assertThat(e.cameo()).isEqualTo("040");
    assertThat(EventSentences.actorIds(e)).contains("country-ru", "country-ir");
    assertThat(e.actors()).extracting(Event.Actor::name).contains("سرگئی لاوروف", "عباس عراقچی");
    assertThat(e.place().name()).isEqualTo("مسکو");
    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 17));
    assertThat(e.topics()).contains("کریدور", "انرژی");
  }

  @Test
  void aSigningIsAnAgreementAndADateInTheSentenceIsResolvedAgainstTheArticle() {
    List<Event> events =
        events("ایران و عراق روز ۲۱ آذرماه در بغداد سه سند همکاری در حوزه برق و بانکی امضا کردند.");
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(Event.Type.AGREEMENT);
              assertThat(e.cameo()).isEqualTo("057");
              assertThat(EventSentences.actorIds(e))
                  .containsExactlyInAnyOrder("country-ir", "country-iq");
              assertThat(e.place().id()).isEqualTo("capital-iq");
              assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 12));
              assertThat(e.topics()).contains("انرژی", "بانکی");
            });
  }

  @Test
  void aStatementNeedsAPersonAndAPronounIsResolved() {
    List<Event> events =
        events(
            "محمد جواد ظریف وزیر امور خارجه کشورمان به بیشکک سفر کرد.",
            "وی گفت: روابط ایران و قرقیزستان رو به گسترش است.",
            "تهران و دوشنبه امروز هوای سردی داشتند.");
    assertThat(events)
        .extracting(Event::type)
        .containsExactly(Event.Type.VISIT, Event.Type.STATEMENT);
    assertThat(events.get(0).place().name()).isEqualTo("بیشکک");
    assertThat(events.get(1).actors()).extracting(Event.Actor::name).contains("محمدجواد ظریف");
  }

  /**
   * Hostile input: one sentence of about 87,000 characters made only of meetings, with no stop. It
   * is read in pieces of whole clauses ({@link Sentence#MAX_WORDS}), so it is understood in time
   * proportional to its length (it took over a minute before, a normal text of its size well under
   * a second), and every pair of the twelve states meets once, each meeting with its own two.
   */
  @Test
  void aSentenceOfEightySevenThousandCharactersOfMeetingsIsReadWhole() {
    String[] states = {
      "روسیه", "چین", "ترکیه", "عراق", "سوریه", "هند", "پاکستان", "ژاپن", "فرانسه", "آلمان",
      "ایتالیا", "اسپانیا"
    };
    StringBuilder text = new StringBuilder();
    for (int u = 0; text.length() < 87_000; u++) {
      String a = states[u % states.length];
      String b = states[(u + 1 + u / states.length % (states.length - 1)) % states.length];
      text.append("وزیر امور خارجه ")
          .append(a)
          .append(" با وزیر امور خارجه ")
          .append(b)
          .append(" دیدار کرد و ");
    }
    List<Event> events = EventSentences.events(text.toString());
    assertThat(events).hasSize(states.length * (states.length - 1) / 2);
    assertThat(events).allSatisfy(e -> assertThat(EventScore.countries(e)).hasSize(2));
    assertThat(events).extracting(Event::type).containsOnly(Event.Type.MEET);
  }

  /**
   * A clause after «و» that names its own subject is another meeting, not the one before it
   * continued; one that names none takes the subject before «و».
   */
  @Test
  void aClauseAfterAndWithItsOwnSubjectIsAnotherMeeting() {
    assertThat(
            EventSentences.countries(
                "وزیر امور خارجه روسیه با همتای چینی خود دیدار کرد و وزیر امور خارجه ترکیه نیز"
                    + " با وزیر امور خارجه عراق دیدار کرد."))
        .containsExactlyInAnyOrder(Set.of("RU", "CN"), Set.of("TR", "IQ"));
    assertThat(
            EventSentences.countries(
                "وزیر امور خارجه روسیه وارد پکن شد و با وزیر امور خارجه چین دیدار کرد."))
        .containsExactly(Set.of("RU", "CN"));
  }
}
