package ir.khabar.core.understand;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links a moderator confirmed wrong ("this mention of X in article A is not X"). The pipeline
 * applies them to every article it understands, so a correction holds through the next reindex and
 * every one after it, while the recogniser itself stays the same for all other articles.
 */
public final class LinkCorrections {
  public static final LinkCorrections NONE = new LinkCorrections(Map.of());

  /** One confirmed correction: the entity is not mentioned in the article. */
  public record Correction(String articleId, String entityId) {}

  private final Map<String, Set<String>> wrong;

  private LinkCorrections(Map<String, Set<String>> wrong) {
    this.wrong = wrong;
  }

  public static LinkCorrections of(Collection<Correction> corrections) {
    Map<String, Set<String>> wrong = new HashMap<>();
    for (Correction c : corrections) {
      wrong.computeIfAbsent(c.articleId(), k -> new HashSet<>()).add(c.entityId());
    }
    return new LinkCorrections(wrong);
  }

  public int size() {
    return wrong.values().stream().mapToInt(Set::size).sum();
  }

  /**
   * The article without the entities corrected for it: gone from its entities, from its events'
   * actors and places; an event left with no actor is dropped.
   */
  public Article apply(Article a) {
    Set<String> ids = a.id() == null ? null : wrong.get(a.id());
    if (ids == null) {
      return a;
    }
    List<Entity> entities = a.entities().stream().filter(e -> !ids.contains(e.id())).toList();
    List<Event> events = new ArrayList<>();
    for (Event e : a.events()) {
      List<Event.Actor> actors = e.actors().stream().filter(x -> !ids.contains(x.id())).toList();
      if (!actors.isEmpty()) {
        Event.Actor place = e.place() != null && ids.contains(e.place().id()) ? null : e.place();
        events.add(new Event(e.type(), actors, place, e.date(), e.topics(), e.sentence()));
      }
    }
    return a.toBuilder().entities(entities).events(events).build();
  }
}
