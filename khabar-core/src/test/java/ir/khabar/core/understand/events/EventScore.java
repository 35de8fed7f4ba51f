package ir.khabar.core.understand.events;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.persian.date.JalaliDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Found encounters against annotated ones, the one scoring of every event gold: a found event
 * matches a gold one when it names the same countries (each used once); its place is right when it
 * is the entity the gold's place names, its day when it is the gold's day.
 */
final class EventScore {
  private int gold;
  private int found;
  private int matched;
  private final int[] place = new int[2];
  private final int[] date = new int[2];

  /**
   * Of the found events that carry a place (matched or not), how many carry the matched gold
   * event's: a place given where the gold names none, or given to an event no gold holds, is wrong.
   */
  private final int[] placed = new int[2];

  /** Scores one item: its gold events against the encounters found; says what differs. */
  void add(JsonNode expected, List<Event> predicted, Consumer<String> report) {
    List<Event> left = new ArrayList<>(predicted);
    gold += expected.size();
    found += left.size();
    for (JsonNode g : expected) {
      Event hit = take(left, countries(g.get("countries")));
      if (hit == null) {
        report.accept("missed " + g);
        continue;
      }
      matched++;
      if (hit.place() != null) {
        placed[1]++;
        placed[0] += samePlace(g, hit) ? 1 : 0;
        if (g.get("place").isNull()) {
          report.accept("placed " + hit.place().name() + " where the gold names none: " + g);
        }
      }
      report.accept(
          "matched "
              + hit.type().label()
              + " "
              + countries(hit)
              + " :: "
              + hit.sentence()
              + " :: for "
              + g);
      if (!g.get("place").isNull()) {
        place[1]++;
        boolean right = hit.place() != null && samePlace(g, hit);
        place[0] += right ? 1 : 0;
        if (!right) {
          report.accept("place " + (hit.place() == null ? null : hit.place().name()) + " for " + g);
        }
      }
      if (!g.get("date").isNull()) {
        date[1]++;
        boolean right = jalali(g.get("date").asText()).equals(hit.date());
        date[0] += right ? 1 : 0;
        if (!right) {
          report.accept("day " + hit.date() + " for " + g);
        }
      }
    }
    left.forEach(
        e ->
            report.accept(
                "extra "
                    + e.type().label()
                    + " "
                    + countries(e)
                    + (e.place() == null ? "" : " in " + e.place().name())
                    + " :: "
                    + e.sentence()));
    placed[1] += (int) left.stream().filter(e -> e.place() != null).count();
  }

  /** Whether the event's place is the gold's: a city or a country («در ترکمنستان») it names. */
  private static boolean samePlace(JsonNode g, Event hit) {
    if (g.get("place").isNull()) {
      return false;
    }
    String written = g.get("place").asText();
    String id = hit.place().id();
    return id.equals(EntityRecognizer.get().resolve(written, Entity.Type.PLACE))
        || id.equals(EntityRecognizer.get().resolve(written, Entity.Type.COUNTRY));
  }

  double precision() {
    return found == 0 ? 0 : (double) matched / found;
  }

  double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The table rows docs/QUALITY.md shows, under {@code label}. */
  String rows(String label) {
    return String.format(
        Locale.ROOT,
        "| %s | gold %d | found %d | matched %d | P %.3f | R %.3f | F1 %.3f |%n"
            + "| %s | place right %d/%d | date right %d/%d | placed right %d/%d |",
        label,
        gold,
        found,
        matched,
        precision(),
        recall(),
        f1(),
        label,
        place[0],
        place[1],
        date[0],
        date[1],
        placed[0],
        placed[1]);
  }

  /** Removes and returns the found event with exactly these countries, or null. */
  private static Event take(List<Event> predicted, Set<String> want) {
    for (Event e : predicted) {
      if (countries(e).equals(want)) {
        predicted.remove(e);
        return e;
      }
    }
    return null;
  }

  static Set<String> countries(Event e) {
    return e.actors().stream()
        .filter(a -> a.type() == Entity.Type.COUNTRY)
        .map(a -> a.id().substring("country-".length()).toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> countries(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(c -> out.add(c.asText()));
    return out;
  }

  static LocalDate jalali(String ymd) {
    String[] p = ymd.split("-");
    return new JalaliDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]))
        .toLocalDate();
  }
}
