package ir.khabar.app.export;

import ir.khabar.core.Article;
import ir.khabar.core.Event;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.persian.date.JalaliDate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The events of a search's matches as rows, GDELT-like: who, with whom, what (type and CAMEO code),
 * where, when, the topics, and the article it was read from.
 */
public final class EventExport {
  public static final List<String> COLUMNS =
      List.of(
          "who",
          "whom",
          "type",
          "cameo",
          "place",
          "date",
          "dateJalali",
          "topics",
          "article",
          "title",
          "sentence");

  private EventExport() {}

  /**
   * Writes the events that pass {@code keep} of the request's matches (at most {@link Matches#MAX}
   * articles read), at most {@code max} rows; returns how many rows.
   */
  public static long write(
      SearchEngine engine,
      SearchRequest request,
      Predicate<Event> keep,
      int max,
      ExportFormat format,
      OutputStream out)
      throws IOException {
    long[] written = {0};
    try (RowWriter rows = new RowWriter(format, COLUMNS, out)) {
      Matches.each(
          engine,
          request,
          Matches.MAX,
          a -> {
            for (Event e : a.events()) {
              if (written[0] == max) {
                return false;
              }
              if (keep.test(e)) {
                rows.write(row(e, a));
                written[0]++;
              }
            }
            return true;
          });
    }
    return written[0];
  }

  /**
   * One row: {@code who} is the first actor's side (its country and that country's people, «ایران،
   * عباس عراقچی»), {@code whom} the other sides' actors; an actor of no known country is a side of
   * its own.
   */
  static Map<String, Object> row(Event e, Article a) {
    List<Event.Actor> actors = e.actors();
    String side = actors.isEmpty() ? null : side(actors.get(0));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put(
        "who",
        actors.isEmpty()
            ? null
            : actors.stream()
                .filter(x -> side(x).equals(side))
                .map(Event.Actor::name)
                .collect(Collectors.joining("، ")));
    r.put(
        "whom", actors.stream().filter(x -> !side(x).equals(side)).map(Event.Actor::name).toList());
    r.put("type", e.type().label());
    r.put("cameo", e.cameo());
    r.put("place", e.place() == null ? null : e.place().name());
    r.put("date", e.date() == null ? null : e.date().toString());
    r.put("dateJalali", e.date() == null ? null : JalaliDate.of(e.date()).toString());
    r.put("topics", e.topics());
    r.put("article", a.id());
    r.put("title", a.title());
    r.put("sentence", e.sentence());
    return r;
  }

  /**
   * The country an actor speaks for (a country itself, or a listed person's or body's), or its id.
   */
  private static String side(Event.Actor actor) {
    String country = EntityRecognizer.get().countryOf(actor.id());
    return country == null ? actor.id() : country;
  }
}
