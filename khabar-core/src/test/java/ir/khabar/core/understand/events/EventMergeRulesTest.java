package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How one encounter told twice in an article becomes one event, on Persian paragraphs written for
 * it (none from a corpus): the telling kept takes the other's organisations as well as its people
 * and countries.
 */
class EventMergeRulesTest {
  @Test
  void aMergedTellingKeepsTheOrganisationThatTookPart() {
    List<Event> found =
        events(
            "محمد خاتمی درخصوص مذاکرات تهران سخن گفت.",
            "وی همچنین از سفر سولانا مسئول سیاست خارجی اتحادیه اروپا به تهران استقبال کرد.");
    assertThat(found).filteredOn(Event::isEncounter).hasSize(1);
    Event visit = found.stream().filter(Event::isEncounter).findFirst().orElseThrow();
    assertThat(actorIds(visit)).contains("country-ir", "org-eu");
  }
}
