package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;

/**
 * A mention of an entity in a text: where (UTF-16 offsets into the text as given, end exclusive),
 * what it says there, and whom it means (canonical id and name). {@code kind} is finer than the
 * type (city, ministry, demonym, pronoun …); {@code role} is the role the text gives a person, or
 * null; {@code country} is the ISO code of the country a person serves, or an organisation belongs
 * to, when known, or null; {@code evidence} is why the mention was linked to its entity.
 */
public record Span(
    Entity.Type type,
    int start,
    int end,
    String text,
    String id,
    String name,
    String kind,
    String role,
    String country,
    Entity.Evidence evidence) {

  /**
   * Whether the mention is a name (a span a reader would mark), not a demonym, «کشورمان» or a
   * pronoun.
   */
  public boolean isName() {
    return !kind.equals("demonym") && !kind.equals("ours") && !kind.equals("pronoun");
  }

  /** The type as the entities command reports it: person, place or organisation. */
  public String spanType() {
    return switch (type) {
      case PERSON -> "person";
      case ORGANISATION -> "organisation";
      case COUNTRY, PLACE -> "place";
    };
  }
}
