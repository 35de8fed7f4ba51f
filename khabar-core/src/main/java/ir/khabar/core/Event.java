package ir.khabar.core;

import java.time.LocalDate;
import java.util.List;

/**
 * Something an article reports that actors did, modelled on GDELT's CAMEO codes: a visit, a
 * meeting, talks, a signed agreement, a statement. The actors are people and countries (entity ids
 * and names), the place where it happened, the day (resolved against the article's own date; null
 * when the text puts it at another time it gives no day of, «ماه گذشته», «در سال ۱۹۹۵»), the
 * topics, and the sentence it was read from.
 */
public record Event(
    Type type,
    List<Actor> actors,
    Actor place,
    LocalDate date,
    List<String> topics,
    String sentence) {

  /** The kinds of event Khabar reads, each with its stored label and its CAMEO code. */
  public enum Type {
    AGREEMENT("agreement", "057"),
    HOST("host", "043"),
    MEET("meet", "040"),
    VISIT("visit", "042"),
    TALKS("talks", "046"),
    STATEMENT("statement", "010");

    private final String label;
    private final String cameo;

    Type(String label, String cameo) {
      this.label = label;
      this.cameo = cameo;
    }

    /** The lower-case word stored in JSON ({@code "visit"}). */
    public String label() {
      return label;
    }

    /** GDELT's CAMEO event code. */
    public String cameo() {
      return cameo;
    }

    /** The type stored under this label; an unknown label (from a newer writer) is a statement. */
    public static Type ofLabel(String label) {
      for (Type t : values()) {
        if (t.label.equals(label)) {
          return t;
        }
      }
      return STATEMENT;
    }
  }

  /** An entity taking part in an event, or its place. */
  public record Actor(String id, String name, Entity.Type type) {}

  public Event {
    actors = List.copyOf(actors);
    topics = List.copyOf(topics);
  }

  public String cameo() {
    return type.cameo();
  }

  /** A meeting, visit, talks, hosting or agreement: something that happened between parties. */
  public boolean isEncounter() {
    return type != Type.STATEMENT;
  }
}
