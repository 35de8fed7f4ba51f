package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Set;

/**
 * A kinship noun with its possessor's clitic («پدرم», «مادرش», «همسرشان») is someone's kin, named
 * no way: «مرحوم پدرم» read a title's name, «پدرم» three times in an interview with a singer's son.
 * No person read from the words around it starts with one, nor goes on into one («قربانعلی پدرم
 * است»: Ghorbanali is my father; {@link PersonPatterns}).
 */
final class KinNouns {
  private static final Set<String> KIN =
      Words.folded(
          "پدر",
          "مادر",
          "برادر",
          "خواهر",
          "همسر",
          "پسر",
          "دختر",
          "فرزند",
          "عمو",
          "دایی",
          "خاله",
          "عمه",
          "پدربزرگ",
          "مادربزرگ");

  private static final String[] POSSESSORS = {"مان", "تان", "شان", "م", "ت", "ش"};

  private KinNouns() {}

  /** Drops the people read from context whose first word is a kinship noun with a possessor. */
  static void drop(Scan s, List<Candidate> candidates) {
    candidates.removeIf(
        c ->
            c.type() == Entity.Type.PERSON
                && c.evidence() == Entity.Evidence.PATTERN
                && !s.givenName(c.from())
                && withPossessor(s.key(c.from())));
  }

  /** Whether the word is a kinship noun with its possessor's clitic («پدرم», «مادرش»). */
  static boolean withPossessor(String key) {
    for (String p : POSSESSORS) {
      if (key.endsWith(p) && KIN.contains(key.substring(0, key.length() - p.length()))) {
        return true;
      }
    }
    return false;
  }
}
