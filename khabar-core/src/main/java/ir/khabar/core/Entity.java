package ir.khabar.core;

import java.util.Locale;

/**
 * A person, country, place or organisation an article mentions: its canonical id (the same across
 * articles: ظریف and محمد جواد ظریف are one person), its name, how often the article mentions it,
 * the role it is given when the text states one ("وزیر امور خارجه") or null, and the best evidence
 * the article gave for the link (what Khabar is sure of, and what it guessed).
 */
public record Entity(
    Type type, String id, String name, int mentions, String role, Evidence evidence) {

  public Entity {
    evidence = evidence == null ? Evidence.UNKNOWN : evidence;
  }

  /** An entity whose evidence was not recorded (understood before evidence was kept). */
  public Entity(Type type, String id, String name, int mentions, String role) {
    this(type, id, name, mentions, role, Evidence.UNKNOWN);
  }

  public enum Type {
    PERSON,
    COUNTRY,
    PLACE,
    ORGANISATION;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Type ofLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * Why a mention was linked to the entity, strongest first: the name as the lists write it, a
   * given and family name, another writing the lists know (ظریف, جمهوری اسلامی ایران), a role
   * written next to the name, or a guess from a title or head word (آقای …، سازمان …). UNKNOWN: not
   * recorded.
   */
  public enum Evidence {
    FULL_NAME,
    GIVEN_AND_FAMILY,
    ALIAS,
    ROLE,
    PATTERN,
    UNKNOWN;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The evidence of a label; an absent or unrecognised one is UNKNOWN (older JSON). */
    public static Evidence ofLabel(String label) {
      for (Evidence e : values()) {
        if (e.label().equals(label)) {
          return e;
        }
      }
      return UNKNOWN;
    }

    /**
     * Whether the link is a guess (a role or a pattern), not a name the lists or the text settle.
     */
    public boolean guessed() {
      return this == ROLE || this == PATTERN;
    }

    /** The stronger of two. */
    public Evidence or(Evidence other) {
      return other != null && other.ordinal() < ordinal() ? other : this;
    }
  }
}
