package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Events on the blind development gold (event-gold-blind.json): 114 whole articles of Hamshahri and
 * Fars News drawn by {@link BlindSelection} and annotated before the extractor was run on them.
 * Each article is read as ingest reads it and understood whole on its day; its encounters are
 * scored against the gold as {@link EventScore} does, once for all events and once for those
 * between two countries or more (the country-pair pages). Prints the figures docs/QUALITY.md shows;
 * {@code -Dkhabar.events.debug=true} prints every miss, false alarm, wrong place and wrong day.
 */
class BlindEventQualityTest {
  @Test
  void eventsOnBlindWholeArticles() throws IOException {
    EventGoldSources sources = EventGoldSources.open();
    GoldArticles articles = new GoldArticles(sources);
    Understanding understanding = new Understanding(Lexicon.get());
    EventScore all = new EventScore();
    EventScore pairs = new EventScore();
    boolean debug = Boolean.getBoolean("khabar.events.debug");
    for (JsonNode item : EventGoldSources.gold("event-gold-blind.json")) {
      List<Event> found = encounters(understanding, articles.article(item));
      Consumer<String> report =
          what -> {
            if (debug) {
              System.out.println("blind " + EventGoldSources.source(item) + " :: " + what);
            }
          };
      all.add(item.get("events"), found, report);
      pairs.add(
          betweenCountries(item.get("events")),
          found.stream().filter(e -> EventScore.countries(e).size() >= 2).toList(),
          what -> {});
    }
    System.out.println(all.rows("blind"));
    System.out.println(pairs.rows("blind, two countries or more"));
    // Floors a little under the first measurement (0.313 and 0.371), to catch regressions; the
    // issue's target on held-out news is 0.80.
    assertThat(all.f1()).isGreaterThanOrEqualTo(0.28);
    assertThat(pairs.f1()).isGreaterThanOrEqualTo(0.33);
  }

  private static List<Event> encounters(Understanding understanding, Article article) {
    return understanding.understand(article).events().stream().filter(Event::isEncounter).toList();
  }

  private static JsonNode betweenCountries(JsonNode events) {
    ArrayNode out = ArticleJson.MAPPER.createArrayNode();
    events.forEach(
        e -> {
          if (e.get("countries").size() >= 2) {
            out.add(e);
          }
        });
    return out;
  }
}
