package ir.khabar.core.understand.events;

import ir.khabar.core.Article;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** Persian paragraphs read as one article, as the rule tests read them: its events. */
final class EventSentences {
  private static final ZonedDateTime PUBLISHED =
      ZonedDateTime.of(2025, 12, 17, 7, 40, 0, 0, ZoneId.of("Asia/Tehran"));

  private static final Understanding UNDERSTANDING = new Understanding(Lexicon.get());

  private EventSentences() {}

  /** The article's encounters. */
  static List<Event> events(String... paragraphs) {
    return all(paragraphs).stream().filter(Event::isEncounter).toList();
  }

  /** Every event of the article, statements included. */
  static List<Event> all(String... paragraphs) {
    Article a =
        Article.builder()
            .id("t")
            .title("خبر")
            .body(List.of(paragraphs))
            .published(PUBLISHED)
            .build();
    return UNDERSTANDING.understand(a).events();
  }

  /** The countries of each of the article's encounters, in order. */
  static List<Set<String>> countries(String... paragraphs) {
    return events(paragraphs).stream().map(e -> (Set<String>) EventScore.countries(e)).toList();
  }

  static List<String> actorIds(Event e) {
    return e.actors().stream().map(Event.Actor::id).toList();
  }
}
