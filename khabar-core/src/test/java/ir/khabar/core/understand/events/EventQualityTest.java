package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events against 46 sentences of Fars News and Hamshahri (development) annotated for the project
 * (event-gold.json, which locates each sentence in ../shared): reported meetings, visits, talks,
 * hosting and agreements that happened, with their countries, place and day; sports, interviews and
 * planned or future encounters are none. Each sentence is read alone as an article of its day.
 * Prints the figures docs/QUALITY.md shows; skipped when ../shared is absent.
 */
class EventQualityTest {
  private final Understanding understanding = new Understanding(Lexicon.get());

  @Test
  void eventsOnAnnotatedSentences() throws IOException {
    EventGoldSources sources = EventGoldSources.open();
    EventScore score = new EventScore();
    boolean debug = Boolean.getBoolean("khabar.events.debug");
    for (JsonNode item : EventGoldSources.gold("event-gold.json")) {
      String text = sources.sentence(item);
      List<Event> predicted = encounters(text, EventScore.jalali(item.get("day").asText()));
      score.add(
          item.get("events"),
          predicted,
          what -> {
            if (debug) {
              System.out.println("event " + what + " :: " + text);
            }
          });
    }
    System.out.println(score.rows("events"));
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.8);
  }

  private List<Event> encounters(String text, LocalDate day) {
    Article a =
        Article.builder()
            .id("gold")
            .title("")
            .body(List.of(text))
            .published(ZonedDateTime.of(day, LocalTime.NOON, JalaliDates.TEHRAN))
            .build();
    return understanding.understand(a).events().stream().filter(Event::isEncounter).toList();
  }
}
