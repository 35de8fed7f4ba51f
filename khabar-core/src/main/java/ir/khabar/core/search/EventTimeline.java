package ir.khabar.core.search;

import ir.khabar.core.Article;
import ir.khabar.core.Event;
import ir.khabar.persian.date.JalaliDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events behind an entity's or a country pair's page: the encounters (not statements) that the
 * newest matching articles report, each sentence once (the same wire text in two agencies is one
 * event), newest first. Only events that pass the caller's test are kept, so a meeting between two
 * foreign parties stays off a third country's page.
 */
public final class EventTimeline {
  /** How many of the newest matching articles are read for their events. */
  static final int ARTICLES = 200;

  private EventTimeline() {}

  /** An event and the article it was read from. */
  public record Found(Event event, Article article) {}

  /** A Jalali month (its first day) and the topics its events raised, most raised first. */
  public record TopicMonth(JalaliDate month, List<Map.Entry<String, Integer>> topics) {}

  public static List<Found> of(SearchEngine engine, EntityFilter filter, Predicate<Event> keep)
      throws IOException {
    SearchRequest request =
        SearchRequest.browse().limit(ARTICLES).newestFirst().entities(filter).build();
    List<Found> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Hit h : engine.browse(request).hits()) {
      for (Event e : h.article().events()) {
        if (e.isEncounter() && keep.test(e) && seen.add(e.sentence())) {
          out.add(new Found(e, h.article()));
        }
      }
    }
    out.sort(
        Comparator.comparing(
                (Found f) -> f.event().date(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed());
    return out;
  }

  /** Events with this entity among the actors, or as the place. */
  public static Predicate<Event> involving(String id) {
    return e -> involves(e, id) || e.place() != null && e.place().id().equals(id);
  }

  /** Events with both among the actors. */
  public static Predicate<Event> between(String a, String b) {
    return e -> involves(e, a) && involves(e, b);
  }

  /**
   * Topics by Jalali month, newest month first (the events' order); undated events are left out.
   */
  public static List<TopicMonth> topicsByMonth(List<Found> events) {
    Map<JalaliDate, Map<String, Integer>> byMonth = new LinkedHashMap<>();
    for (Found f : events) {
      LocalDate day = f.event().date();
      if (day != null) {
        JalaliDate j = JalaliDate.of(day);
        Map<String, Integer> topics =
            byMonth.computeIfAbsent(
                new JalaliDate(j.year(), j.month(), 1), k -> new LinkedHashMap<>());
        f.event().topics().forEach(t -> topics.merge(t, 1, Integer::sum));
      }
    }
    List<TopicMonth> out = new ArrayList<>();
    byMonth.forEach(
        (month, topics) ->
            out.add(
                new TopicMonth(
                    month,
                    topics.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(t -> Map.entry(t.getKey(), t.getValue()))
                        .toList())));
    return out;
  }

  private static boolean involves(Event e, String id) {
    return e.actors().stream().anyMatch(x -> x.id().equals(id));
  }
}
