package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Events on the second blind gold (event-gold-blind2.json): foreign-relations articles drawn by
 * {@link BlindSelection2} and annotated before the extractor was ever run on them, so the figures
 * measure text nobody tuned on. Scored as the first blind gold is ({@link EventScore}: the same
 * countries make a match; place and day checked on matches), for all events and for those between
 * two countries or more. Its differences are not for tuning: {@code -Dkhabar.events.debug2=true}
 * prints them, and whoever reads them to change the rules spends this gold's blindness.
 */
@Tag("integration")
class BlindEventQuality2Test {
  private static final boolean DEBUG = Boolean.getBoolean("khabar.events.debug2");

  private final EventScore all = new EventScore();
  private final EventScore pairs = new EventScore();

  @Test
  void eventsOnSecondBlindGold() throws IOException {
    GoldArticles articles = new GoldArticles(EventGoldSources.open());
    Understanding understanding = new Understanding(Lexicon.get());
    for (JsonNode item : EventGoldSources.gold("event-gold-blind2.json")) {
      score(item, BlindEventQualityTest.encounters(understanding, articles.article(item)));
    }
    System.out.println(all.rows("blind2"));
    System.out.println(pairs.rows("blind2, two countries or more"));
    // Floors a little under the measurement after the eighth pass's verb, speech and party rules
    // (whole 0.524: P 0.528, R 0.520; two countries or more 0.534), to catch regressions; 0.518 and
    // 0.528 after the bystander rules, 0.504 and 0.512 after one event per counterpart, first
    // measurement 0.412 and 0.415.
    assertThat(all.f1()).isGreaterThanOrEqualTo(0.52);
    assertThat(pairs.f1()).isGreaterThanOrEqualTo(0.53);
  }

  private void score(JsonNode item, List<Event> found) {
    Consumer<String> report =
        what -> {
          if (DEBUG) {
            System.out.println("blind2 " + EventGoldSources.source(item) + " :: " + what);
          }
        };
    all.add(item.get("events"), found, report);
    pairs.add(
        BlindEventQualityTest.betweenCountries(item.get("events")),
        found.stream().filter(e -> EventScore.countries(e).size() >= 2).toList(),
        what -> {});
  }
}
