package ir.khabar.core;

import java.time.LocalDate;
import java.util.List;

/**
 * Something an article reports that actors did, modelled on GDELT's CAMEO codes: a visit, a
 * meeting, talks, a signed agreement, a statement. The actors are people and countries (entity ids
 * and names), the place where it happened, the day (resolved against the article's own date), the
 * topics, and the sentence it was read from.
 */
public record Event(
    String type,
    String cameo,
    List<Actor> actors,
    Actor place,
    LocalDate date,
    List<String> topics,
    String sentence) {

  /** An entity taking part in an event, or its place. */
  public record Actor(String id, String name, Entity.Type type) {}

  public Event {
    actors = List.copyOf(actors);
    topics = List.copyOf(topics);
  }
}
