package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Set;

/**
 * A person the text introduces by a given name alone: «زنی به نام فاطمه», «جوانی به نام صابر». News
 * of crimes and of ordinary people names them so, and then by that given name alone («فاطمه گفت»),
 * which {@link Coreference} reads as the same person.
 */
final class NamedAs {
  /** The kind of such a person's first mention, which Coreference looks for. */
  static final String KIND = "named";

  private static final String BY = Tokens.of("به").get(0).key();
  private static final String NAME = Tokens.of("نام").get(0).key();

  /**
   * Someone, before «به نام»: a given name that is also an everyday word (عادل, پیمان) is a
   * person's only after one of these («مردی به نام عادل», not «کتابی به نام پیمان»).
   */
  private static final Set<String> PEOPLE =
      Words.folded(
          "فردی",
          "مردی",
          "زنی",
          "جوانی",
          "دختری",
          "پسری",
          "کودکی",
          "شخصی",
          "نوجوانی",
          "پیرمردی",
          "پیرزنی",
          "مادری",
          "پدری",
          "کارگری",
          "راننده‌ای");

  private NamedAs() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 2; i < s.size(); i++) {
      if (s.givenName(i)
          && introduced(s, i)
          && (!EverydayNames.everyday(s.key(i)) || i >= 3 && PEOPLE.contains(s.key(i - 3)))
          && (s.name[i] == null || s.name[i].type() == Entity.Type.PERSON)
          && !namedInFull(out, i)) {
        out.add(Candidate.read(s, i, i + 1, Entity.Type.PERSON, KIND, Candidate.PATTERN_PERSON));
      }
    }
  }

  /** Whether «به نام» comes right before token i: a name follows. */
  private static boolean introduced(Scan s, int i) {
    return i >= 2
        && s.key(i - 1).equals(NAME)
        && s.key(i - 2).equals(BY)
        && s.adjacent(i - 2)
        && s.adjacent(i - 1);
  }

  /** «مردی به نام علی کریمی»: a name read from i on with a family name is the reading. */
  private static boolean namedInFull(List<Candidate> out, int i) {
    for (Candidate c : out) {
      if (c.from() == i && c.to() > i + 1 && c.type() == Entity.Type.PERSON) {
        return true;
      }
    }
    return false;
  }
}
