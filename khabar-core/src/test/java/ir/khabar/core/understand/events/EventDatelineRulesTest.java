package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An agency's dateline («وین - ایرنا -») is where a report was filed: no side of the encounter it
 * tells, unless it is the only counterpart told. Sentences written for the rule.
 */
class EventDatelineRulesTest {
  @Test
  void aDatelinesCapitalIsNoPartyBesideANamedCounterpart() {
    List<Event> found =
        events(
            "وین - ایرنا - عباس عراقچی معاون وزیر امور خارجه عصر دیروز در وین با هلگا اشمید معاون"
                + " مسئول سیاست خارجی اتحادیه اروپا مذاکره کرد.");
    assertThat(found)
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(EventScore.countries(e)).isEqualTo(Set.of("IR"));
              assertThat(e.actors())
                  .anySatisfy(a -> assertThat(a.name()).isEqualTo("اتحادیه اروپا"));
            });
  }

  @Test
  void aDatelineIsTheCounterpartWhenNoneOtherIsTold() {
    assertThat(events("مسکو _ ایرنا: وزیر امور خارجه کشورمان دیروز با همتای خود دیدار کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .singleElement()
        .satisfies(e -> assertThat(EventScore.countries(e)).isEqualTo(Set.of("IR", "RU")));
  }

  @Test
  void aCapitalNamedAsASideStays() {
    // Written: «مسکو» stands for Russia where no agency follows it.
    assertThat(events("تهران و مسکو دیروز در وین درباره همکاری هسته\u200cای مذاکره کردند."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .singleElement()
        .satisfies(e -> assertThat(EventScore.countries(e)).isEqualTo(Set.of("IR", "RU")));
  }
}
