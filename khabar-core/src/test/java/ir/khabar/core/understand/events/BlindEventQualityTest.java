package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import java.io.IOException;
import java.util.List;
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
 * (event-gold-hamshahri3.json, event-gold-hamshahri4.json: dense newspaper articles) and the fifth
 * (event-gold-hamshahri5.json: a seeded draw of foreign news) and sixth
 * (event-gold-hamshahri6.json: a seeded draw dense in encounters) and seventh
 * (event-gold-hamshahri7.json: a seeded draw by diplomatic words) and eighth
 * (event-gold-hamshahri8.json: a seeded draw dense in encounter words and countries) and the Fars
 * News gold (event-gold-fars8.json: a seeded draw of Fars records by encounter words) and the
 * second (event-gold-fars9.json: a looser rule's whole remaining pool) and the third
 * (event-gold-fars10.json: one encounter word, the whole remaining pool) and the PEYMA gold
 * (event-gold-peyma11.json: PEYMA's tune-half news, no article day) are scored and split the same
 * way ({@link GoldHalves}).
 */
class BlindEventQualityTest {
  @Test
  void eventsOnBlindWholeArticles() throws IOException {
    GoldHalves blind = GoldHalves.score("event-gold-blind.json", "blind");
    blind.printWhole("blind");
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
    GoldHalves.score("event-gold-hamshahri3.json", "hamshahri3").print("hamshahri3");
  }

  /**
   * The fourth gold (event-gold-hamshahri4.json): the next 40 files of the third's order, annotated
   * before the extractor was run on them, split into halves the same way. Printed only.
   */
  @Test
  void eventsOnTheNextNewspaperArticles() throws IOException {
    GoldHalves.score("event-gold-hamshahri4.json", "hamshahri4").print("hamshahri4");
  }

  /**
   * The fifth gold (event-gold-hamshahri5.json): 50 files of foreign news drawn with a seed ({@link
   * Hamshahri5Selection}), annotated before the extractor was run on them, split the same way.
   * Printed only.
   */
  @Test
  void eventsOnASeededDrawOfForeignNews() throws IOException {
    GoldHalves.score("event-gold-hamshahri5.json", "hamshahri5").print("hamshahri5");
  }

  /**
   * The sixth gold (event-gold-hamshahri6.json): 30 files dense in encounters between states, drawn
   * with a seed ({@link Hamshahri6Selection}) to look like the held-out set, annotated before the
   * extractor was run on them, split the same way. Printed only.
   */
  @Test
  void eventsOnASeededDrawOfDenseForeignRelations() throws IOException {
    GoldHalves.score("event-gold-hamshahri6.json", "hamshahri6").print("hamshahri6");
  }

  /**
   * The seventh gold (event-gold-hamshahri7.json): 30 files drawn with a seed ({@link
   * Hamshahri7Selection}) by encounter words, countries and roles, annotated before the extractor
   * was run on them, split the same way. Printed only.
   */
  @Test
  void eventsOnASeededDrawByDiplomaticWords() throws IOException {
    GoldHalves.score("event-gold-hamshahri7.json", "hamshahri7").print("hamshahri7");
  }

  /**
   * The eighth gold (event-gold-hamshahri8.json): 30 files drawn with a seed ({@link
   * Hamshahri8Selection}) by three encounter words and three countries, annotated before the
   * extractor was run on them, split the same way. Printed only.
   */
  @Test
  void eventsOnASeededDrawDenseInEncounterWords() throws IOException {
    GoldHalves.score("event-gold-hamshahri8.json", "hamshahri8").print("hamshahri8");
  }

  /**
   * The Fars News gold (event-gold-fars8.json): 50 Fars records drawn with a seed ({@link
   * Fars8Selection}) by encounter words and countries, annotated before the extractor was run on
   * them, split the same way, with floors under the first measurement.
   */
  @Test
  void eventsOnASeededDrawOfFarsNews() throws IOException {
    GoldHalves fars8 = GoldHalves.score("event-gold-fars8.json", "fars8");
    fars8.printWhole("fars8");
    // Floors a little under the first measurement (whole 0.538, two countries or more 0.600; tune
    // 0.813, confirm 0.348), to catch regressions.
    assertThat(fars8.all.f1()).isGreaterThanOrEqualTo(0.50);
    assertThat(fars8.pairs.f1()).isGreaterThanOrEqualTo(0.56);
  }

  /**
   * The second Fars News gold (event-gold-fars9.json): the 29 Fars records a looser rule admits
   * beyond fars8 ({@link Fars9Selection}), drawn with a seed, annotated before the extractor was
   * run on them, split the same way.
   */
  @Test
  void eventsOnASecondSeededDrawOfFarsNews() throws IOException {
    GoldHalves fars9 = GoldHalves.score("event-gold-fars9.json", "fars9");
    fars9.printWhole("fars9");
    // Floors a little under the first measurement (whole 0.381, two countries or more 0.471; tune
    // 0.375, confirm 0.400), to catch regressions; with 13 events one match moves F1 by about 0.1.
    assertThat(fars9.all.f1()).isGreaterThanOrEqualTo(0.35);
    assertThat(fars9.pairs.f1()).isGreaterThanOrEqualTo(0.44);
  }

  /**
   * The third Fars News gold (event-gold-fars10.json): the 46 Fars records that one encounter word
   * and two countries admit beyond fars8 and fars9 ({@link Fars10Selection}), drawn with a seed,
   * annotated before the extractor was run on them, split the same way.
   */
  @Test
  void eventsOnAThirdSeededDrawOfFarsNews() throws IOException {
    GoldHalves fars10 = GoldHalves.score("event-gold-fars10.json", "fars10");
    fars10.printWhole("fars10");
    // Floors a little under the first measurement (whole 0.588, two countries or more 0.533; tune
    // 0.857, confirm 0.400), to catch regressions; with 11 events one match moves F1 by about 0.1.
    assertThat(fars10.all.f1()).isGreaterThanOrEqualTo(0.55);
    assertThat(fars10.pairs.f1()).isGreaterThanOrEqualTo(0.50);
  }

  /**
   * The PEYMA gold (event-gold-peyma11.json): 50 news articles of PEYMA's tune half drawn with a
   * seed ({@link Peyma11Selection}) by an encounter word and two countries, annotated before the
   * extractor was run on them, understood with no day (PEYMA gives none), split the same way.
   */
  @Test
  void eventsOnASeededDrawOfPeymaNews() throws IOException {
    GoldHalves peyma11 = GoldHalves.score("event-gold-peyma11.json", "peyma11");
    peyma11.printWhole("peyma11");
    // Floors a little under the first measurement (whole 0.293, two countries or more 0.343; tune
    // 0.160, confirm 0.500), to catch regressions; with 22 events one match moves F1 by about 0.05.
    assertThat(peyma11.all.f1()).isGreaterThanOrEqualTo(0.27);
    assertThat(peyma11.pairs.f1()).isGreaterThanOrEqualTo(0.31);
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
