package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;

/**
 * A party told by a pronoun or left unsaid («وی در این سفر با نخست وزیر ارمنستان دیدار کرد», «در
 * دیدار با همتای روس خود …»): Persian drops or shortens the subject once the article has named it,
 * so an encounter that lacks a second party takes the person of known country the sentence before
 * names first.
 */
final class Antecedent {
  private static final Set<String> PRONOUNS = EventContext.folded("وی", "او", "ایشان");

  /** «با همتای روس خود»: a reflexive needs a subject, so one left unsaid is a person. */
  private static final Set<String> REFLEXIVE = EventContext.folded("خود", "خویش");

  private Antecedent() {}

  /**
   * The first person of known allegiance among a sentence's mentions, its subject as news writes it
   * (the entities' pronouns read the same: «سعود الفیصل … با صدام … . وی افزود» is al-Faisal), or
   * {@code last} when the sentence names none.
   */
  static Span after(List<Span> mentions, Span last) {
    for (Span m : mentions) {
      if (m.type() == Entity.Type.PERSON && (m.country() != null || OrgPeople.of(m.id()) != null)) {
        return m;
      }
    }
    return last;
  }

  /**
   * Adds {@code person} to an encounter of fewer than two parties whose clause names someone by a
   * pronoun, or whose sentence names no subject before it.
   */
  static void resolve(Draft d, Words w, List<String> clauseKeys, boolean subjectless, Span person) {
    if (person == null || d.type == Event.Type.STATEMENT || Parties.count(d) >= 2) {
      return;
    }
    boolean reflexive = clauseKeys.stream().anyMatch(REFLEXIVE::contains);
    if (subjectless && reflexive || clauseKeys.stream().anyMatch(PRONOUNS::contains)) {
      Parties.read(d, w, person, false);
    }
  }
}
