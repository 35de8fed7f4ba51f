package ir.khabar.core.understand.events;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One event gold's figures, scored as {@link EventScore} does: all events, those between two
 * countries or more, and each of both for the tune half (even items) and the confirm half (odd
 * items). {@code -Dkhabar.events.debug=true} prints the differences of the tune half only: the
 * confirm half is read by its figures.
 */
final class GoldHalves {
  /**
   * The halves, by position in the file: even items tune the rules (their differences may be read),
   * odd items confirm them (only their figures are looked at).
   */
  static final int TUNE = 0;

  static final int CONFIRM = 1;

  final EventScore all = new EventScore();
  final EventScore pairs = new EventScore();
  final EventScore[] halfAll = {new EventScore(), new EventScore()};
  final EventScore[] halfPairs = {new EventScore(), new EventScore()};

  static GoldHalves score(String gold, String label) throws IOException {
    GoldArticles articles = new GoldArticles(EventGoldSources.open());
    Understanding understanding = new Understanding(Lexicon.get());
    boolean debug = Boolean.getBoolean("khabar.events.debug");
    GoldHalves h = new GoldHalves();
    int position = 0;
    for (JsonNode item : EventGoldSources.gold(gold)) {
      int half = position++ % 2;
      List<Event> found = BlindEventQualityTest.encounters(understanding, articles.article(item));
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
      JsonNode goldBetween = BlindEventQualityTest.betweenCountries(item.get("events"));
      h.all.add(item.get("events"), found, report);
      h.halfAll[half].add(item.get("events"), found, what -> {});
      h.pairs.add(goldBetween, between, what -> {});
      h.halfPairs[half].add(goldBetween, between, what -> {});
    }
    return h;
  }

  /** The whole gold's rows, then each half's. */
  void printWhole(String label) {
    System.out.println(all.rows(label));
    System.out.println(pairs.rows(label + ", two countries or more"));
    print(label);
  }

  void print(String label) {
    System.out.println(halfAll[TUNE].rows(label + " tune"));
    System.out.println(halfPairs[TUNE].rows(label + " tune, two countries or more"));
    System.out.println(halfAll[CONFIRM].rows(label + " confirm"));
    System.out.println(halfPairs[CONFIRM].rows(label + " confirm, two countries or more"));
  }
}
