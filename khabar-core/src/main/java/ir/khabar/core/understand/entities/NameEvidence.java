package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * Whether a name read in a text is a person the gazetteer knows, on evidence: the family name
 * alone, or the family name with given names that agree with the known person's («احمد الشرع», not
 * «فاروق الشرع»). A name whose given name disagrees is another person of the same family name.
 */
final class NameEvidence {
  /** Words that belong to the name span but say nothing of who it is (سید عباس عراقچی). */
  private static final Set<String> LINEAGE = Words.folded("سید", "سیده", "میر", "حاج", "حاجی");

  private NameEvidence() {}

  /** Whether the word is a lineage or pilgrim's title that starts a name (سید, میر, حاج). */
  static boolean isLineage(String key) {
    return LINEAGE.contains(key);
  }

  /** The known person tokens [from, to) name, or null when none does or the given names differ. */
  static Entry person(Scan s, int from, int to) {
    Entry known = s.gazetteer().name(s.key(to - 1));
    if (known == null || known.type() != Entity.Type.PERSON) {
      known = s.gazetteer().name(s.join(from, to));
      if (known != null && known.type() == Entity.Type.PERSON) {
        return known;
      }
      known = otherSpelling(s, from, to);
      return known != null && agrees(s, from, to - 1, known) ? known : null;
    }
    return agrees(s, from, to - 1, known) ? known : null;
  }

  /**
   * «مایک پامپئو», «حامد کرزای»: a family name the web vocabulary never sees, spelled as a listed
   * foreign person's is otherwise, after a given name of theirs (the family name alone is too
   * little to go on; «علی رحمانی», a common Iranian name, is not «امامعلی رحمان»).
   */
  private static Entry otherSpelling(Scan s, int from, int to) {
    if (to - from < 2 || !unseen(s, to - 1) || s.key(to - 1).length() < 4) {
      return null;
    }
    return ForeignSpellings.familyName(s.gazetteer(), s.key(to - 1));
  }

  /** Whether word i is unknown to the lists or one they hold with no frequency (a name's word). */
  private static boolean unseen(Scan s, int i) {
    return s.unknown(i) || Lexicon.get().frequency(s.key(i)) == 0;
  }

  /** Whether every given-name word of [from, givenEnd) is part of the known person's names. */
  static boolean agrees(Scan s, int from, int givenEnd, Entry known) {
    String names = s.gazetteer().nameKeys(known.id());
    for (int i = from; i < givenEnd; i++) {
      String key = s.key(i);
      if (!LINEAGE.contains(key) && !names.contains(key) && !names.contains(afterLineage(key))) {
        return false;
      }
    }
    return true;
  }

  /** A given name with its lineage glued before it, without it (سیدکاظم: کاظم); else the word. */
  private static String afterLineage(String key) {
    for (String l : LINEAGE) {
      if (key.length() > l.length() + 1 && key.startsWith(l)) {
        return key.substring(l.length());
      }
    }
    return key;
  }
}
