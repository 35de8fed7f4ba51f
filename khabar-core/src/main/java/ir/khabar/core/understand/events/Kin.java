package ir.khabar.core.understand.events;

/**
 * Whether one telling of an encounter may give another its place: one is in the article's lead (its
 * title and first sentences name the encounter the body retells), they are told within a few
 * sentences, or they name a person in common. A long analysis tells Iran and Britain meeting in one
 * paragraph and an Iraqi cleric going «از لندن به قم» many paragraphs on; merged as one encounter
 * of the two states, the meeting is not placed in Qom.
 */
final class Kin {
  private Kin() {}

  /** How many sentences apart two tellings of one encounter may be and share a place unnamed. */
  private static final int NEAR = 2;

  static boolean placeFor(Draft to, Draft from) {
    return Math.min(to.index, from.index) < EventExtractor.LEAD
        || Math.abs(to.index - from.index) <= NEAR
        || to.personCountry.keySet().stream().anyMatch(from.personCountry::containsKey);
  }
}
