package ir.khabar.core.understand.events;

import ir.khabar.core.Article;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Persian paragraphs read as one article, as the rule tests read them: its encounters. */
final class EventSentences {
  private static final ZonedDateTime PUBLISHED =
      ZonedDateTime.of(2025, 12, 17, 7, 40, 0, 0, ZoneId.of("Asia/Tehran"));

  private static final Understanding UNDERSTANDING = new Understanding(Lexicon.get());

  private EventSentences() {}

  static List<Event> events(String... paragraphs) {
    Article a =
        Article.builder()
            .id("t")
            .title("خبر")
            .body(List.of(paragraphs))
            .published(PUBLISHED)
            .build();
    return UNDERSTANDING.understand(a).events().stream().filter(Event::isEncounter).toList();
  }

  static List<String> actorIds(Event e) {
    return e.actors().stream().map(Event.Actor::id).toList();
  }
}
