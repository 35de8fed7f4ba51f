package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;

/**
 * A possible mention over tokens [from, to), with how much its pattern is trusted when two overlap,
 * for a person the country it serves (ISO code) when the gazetteer or the role says so, and the
 * evidence that links it to its entity.
 */
record Candidate(
    int from,
    int to,
    Entity.Type type,
    String id,
    String name,
    String kind,
    String role,
    int priority,
    String country,
    Entity.Evidence evidence) {

  /** The same mention as another person (a family name or pronoun resolved to it). */
  Candidate as(Candidate person, String newKind) {
    return new Candidate(
        from,
        to,
        type,
        person.id,
        person.name,
        newKind,
        role != null ? role : person.role,
        priority,
        person.country,
        person.evidence);
  }

  /** The same person, serving the country another mention of them states. */
  Candidate inCountry(String iso) {
    return new Candidate(from, to, type, id, name, kind, role, priority, iso, evidence);
  }

  /** The same person with the role the text gives and the country it serves. */
  Candidate withRole(String text, String iso) {
    return new Candidate(from, to, type, id, name, kind, text, priority, iso, Entity.Evidence.ROLE);
  }

  Candidate withEvidence(Entity.Evidence e) {
    return new Candidate(from, to, type, id, name, kind, role, priority, country, e);
  }

  /** A listed entity's mention over tokens [from, to). */
  static Candidate listed(
      int from, int to, Entry e, int priority, String country, Entity.Evidence ev) {
    return new Candidate(
        from, to, e.type(), e.id(), e.name(), e.kind(), null, priority, country, ev);
  }

  /**
   * An unlisted name read by a pattern over tokens [from, to): its id from its words (person-…,
   * org-…), its name as written.
   */
  static Candidate read(Scan s, int from, int to, Entity.Type type, String kind, int priority) {
    String prefix =
        switch (type) {
          case PERSON -> "person-";
          case ORGANISATION -> "org-";
          default -> "place-";
        };
    return new Candidate(
        from,
        to,
        type,
        prefix + s.join(from, to),
        s.surface(from, to),
        kind,
        null,
        priority,
        null,
        Entity.Evidence.PATTERN);
  }

  static final int KNOWN_PERSON = 6;
  static final int ORGANISATION = 5;
  static final int PLACE = 4;
  static final int PATTERN_PERSON = 3;
  static final int COUNTRY_WORD = 1;

  int length() {
    return to - from;
  }

  Span toSpan(Scan s) {
    int end = Eponyms.charEnd(s, from, to);
    return new Span(
        type,
        s.start(from),
        end,
        s.text.substring(s.start(from), end),
        id,
        name,
        kind,
        role,
        country,
        evidence);
  }
}
