package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Events against 46 sentences of Fars News and Hamshahri (development) annotated for the project
 * (event-gold.json): reported meetings, visits, talks, hosting and agreements that happened, with
 * their countries, place and day; sports, interviews and planned or future encounters are none. A
 * found event matches a gold one when it names the same countries. Prints the figures
 * docs/QUALITY.md shows.
 */
class EventQualityTest {
  private final Understanding understanding = new Understanding(Lexicon.get());

  @Test
  void eventsOnAnnotatedSentences() throws IOException {
    int gold = 0;
    int found = 0;
    int matched = 0;
    int[] place = new int[2];
    int[] date = new int[2];
    boolean debug = Boolean.getBoolean("khabar.events.debug");
    for (JsonNode item : load()) {
      LocalDate day = jalali(item.get("day").asText());
      List<Event> predicted = encounters(item.get("text").asText(), day);
      List<JsonNode> expected = new ArrayList<>();
      item.get("events").forEach(expected::add);
      gold += expected.size();
      found += predicted.size();
      for (JsonNode g : expected) {
        Event hit = take(predicted, countries(g.get("countries")));
        if (hit == null) {
          report(debug, "missed " + g.get("countries"), item);
          continue;
        }
        matched++;
        if (!g.get("place").isNull()) {
          place[1]++;
          String want = EntityRecognizer.get().resolve(g.get("place").asText(), Entity.Type.PLACE);
          boolean right = hit.place() != null && hit.place().id().equals(want);
          place[0] += right ? 1 : 0;
          if (!right) {
            report(debug, "place " + (hit.place() == null ? null : hit.place().name()), item);
          }
        }
        if (!g.get("date").isNull()) {
          date[1]++;
          date[0] += jalali(g.get("date").asText()).equals(hit.date()) ? 1 : 0;
        }
      }
      predicted.forEach(e -> report(debug, "extra " + countries(e), item));
    }
    double p = (double) matched / found;
    double r = (double) matched / gold;
    double f1 = 2 * p * r / (p + r);
    System.out.printf(
        Locale.ROOT,
        "| events | gold %d | found %d | matched %d | P %.3f | R %.3f | F1 %.3f |%n"
            + "| events | place right %d/%d | date right %d/%d |%n",
        gold,
        found,
        matched,
        p,
        r,
        f1,
        place[0],
        place[1],
        date[0],
        date[1]);
    assertThat(f1).isGreaterThanOrEqualTo(0.6);
  }

  private List<Event> encounters(String text, LocalDate day) {
    Article a =
        Article.builder()
            .id("gold")
            .title("")
            .body(List.of(text))
            .published(ZonedDateTime.of(day, LocalTime.NOON, JalaliDates.TEHRAN))
            .build();
    return new ArrayList<>(
        understanding.understand(a).events().stream().filter(Event::isEncounter).toList());
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

  private static Set<String> countries(Event e) {
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

  private static LocalDate jalali(String ymd) {
    String[] p = ymd.split("-");
    return new JalaliDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]))
        .toLocalDate();
  }

  private static void report(boolean debug, String what, JsonNode item) {
    if (debug) {
      System.out.println("event " + what + " :: " + item.get("text").asText());
    }
  }

  private static JsonNode load() throws IOException {
    try (InputStream in =
        EventQualityTest.class.getResourceAsStream(
            "/ir/khabar/core/understand/events/event-gold.json")) {
      assertThat(in).isNotNull();
      return ArticleJson.MAPPER.readTree(in);
    }
  }
}
