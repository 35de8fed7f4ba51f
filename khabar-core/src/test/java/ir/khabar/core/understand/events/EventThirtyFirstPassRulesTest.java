package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' thirty-first pass (twenty-eighth session): what a helper trying the site as an
 * analyst found. Sentences written for each rule, each beside a case it must leave alone.
 */
class EventThirtyFirstPassRulesTest {
  @Test
  void conditionsSetForAnEncounterAreNoneMade() {
    assertThat(events("آمریکا برای دیدار با ایران شرط گذاشت.")).isEmpty();
    assertThat(events("ایران برای مذاکره با آمریکا پیش\u200cشرط تعیین کرد.")).isEmpty();
    // a trip made for the meeting is told
    assertThat(countries("ظریف برای دیدار با لاوروف به مسکو رفت."))
        .containsExactly(Set.of("IR", "RU"));
  }
}
