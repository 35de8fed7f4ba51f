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
 * The file is split by position into a tune half (even items) and a confirm half (odd items),
 * scored apart as well; {@code -Dkhabar.events.debug=true} prints every miss, false alarm, wrong
 * place and wrong day of the tune half only. The third and fourth golds
 * (event-gold-hamshahri3.json, event-gold-hamshahri4.json: dense newspaper articles) are scored and
 * split the same way.
 */
class BlindEventQualityTest {
  /**
   * The halves, by position in the file: even items tune the rules (their differences may be read),
   * odd items confirm them (only their figures are looked at).
   */
  private static final int TUNE = 0;

  private static final int CONFIRM = 1;

  @Test
  void eventsOnBlindWholeArticles() throws IOException {
    Halves blind = Halves.score("event-gold-blind.json", "blind");
    System.out.println(blind.all.rows("blind"));
    System.out.println(blind.pairs.rows("blind, two countries or more"));
    blind.print("blind");
    // Floors a little under the measurement after the clause rules (whole 0.552, two countries or
    // more 0.567; first measurement 0.313 and 0.371), to catch regressions; the target on
    // held-out news is 0.80.
    assertThat(blind.all.f1()).isGreaterThanOrEqualTo(0.50);
    assertThat(blind.pairs.f1()).isGreaterThanOrEqualTo(0.52);
  }

  /**
   * The third gold (event-gold-hamshahri3.json): 40 newspaper articles dense in encounters, split
   * into halves as the blind gold is. Printed only: it measures precision and place on dense news.
   */
  @Test
  void eventsOnDenseNewspaperArticles() throws IOException {
    Halves.score("event-gold-hamshahri3.json", "hamshahri3").print("hamshahri3");
  }

  /**
   * The fourth gold (event-gold-hamshahri4.json): the next 40 files of the third's order, annotated
   * before the extractor was run on them, split into halves the same way. Printed only.
   */
  @Test
  void eventsOnTheNextNewspaperArticles() throws IOException {
    Halves.score("event-gold-hamshahri4.json", "hamshahri4").print("hamshahri4");
  }

  /** One gold's figures: all, two countries or more, and each half of both. */
  private static final class Halves {
    final EventScore all = new EventScore();
    final EventScore pairs = new EventScore();
    final EventScore[] halfAll = {new EventScore(), new EventScore()};
    final EventScore[] halfPairs = {new EventScore(), new EventScore()};

    static Halves score(String gold, String label) throws IOException {
      GoldArticles articles = new GoldArticles(EventGoldSources.open());
      Understanding understanding = new Understanding(Lexicon.get());
      boolean debug = Boolean.getBoolean("khabar.events.debug");
      Halves h = new Halves();
      int position = 0;
      for (JsonNode item : EventGoldSources.gold(gold)) {
        int half = position++ % 2;
        List<Event> found = encounters(understanding, articles.article(item));
        // Only the tune half's differences are ever printed: the confirm half is read by its
        // figures.
        Consumer<String> report =
            what -> {
              if (debug && half == TUNE) {
                System.out.println(label + " " + EventGoldSources.source(item) + " :: " + what);
              }
            };
        List<Event> between =
            found.stream().filter(e -> EventScore.countries(e).size() >= 2).toList();
        JsonNode goldBetween = betweenCountries(item.get("events"));
        h.all.add(item.get("events"), found, report);
        h.halfAll[half].add(item.get("events"), found, what -> {});
        h.pairs.add(goldBetween, between, what -> {});
        h.halfPairs[half].add(goldBetween, between, what -> {});
      }
      return h;
    }

    void print(String label) {
      System.out.println(halfAll[TUNE].rows(label + " tune"));
      System.out.println(halfPairs[TUNE].rows(label + " tune, two countries or more"));
      System.out.println(halfAll[CONFIRM].rows(label + " confirm"));
      System.out.println(halfPairs[CONFIRM].rows(label + " confirm, two countries or more"));
    }
  }

  static List<Event> encounters(Understanding understanding, Article article) {
    return understanding.understand(article).events().stream().filter(Event::isEncounter).toList();
  }

  static JsonNode betweenCountries(JsonNode events) {
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
