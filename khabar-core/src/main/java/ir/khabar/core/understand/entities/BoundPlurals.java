package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * Where a name read after a head word ends when its last word is a plural bound by the ezafe to a
 * word past it («دبیرخانه گنجینه‌های [ملی]», «مؤسسه آموزش و پیشگیری از آسیب‌های [اجتماعی]»): the
 * name was cut inside a phrase, so the plural goes, and a preposition it leaves bare.
 */
final class BoundPlurals {
  private static final Set<String> PREPOSITIONS = Words.folded("از", "با", "به", "بر");

  private BoundPlurals() {}

  /** The end of the name whose words run from the head at {@code first} to {@code end}. */
  static int end(Scan s, int first, int end) {
    int j = end;
    while (j > first + 1 && boundOnward(s, j - 1)) {
      j -= s.key(j - 1).equals("های") ? 2 : 1;
    }
    if (j < end && j > first + 1 && PREPOSITIONS.contains(s.key(j - 1))) {
      j--;
    }
    return j;
  }

  /**
   * Whether token k is a plural bound by the ezafe («سیاست‌های», «بیماری های»); «شانگهای»,
   * «حرفه‌ای» and «منطقه‌ای» fold to the same letters, and the word in «ه» reads first.
   */
  private static boolean boundOnward(Scan s, int k) {
    String key = s.key(k);
    if (key.equals("های")) {
      return k > 0 && s.glued(k);
    }
    int n = key.length();
    return n > 5
        && key.endsWith("های")
        && Lexicon.get().isWord(key.substring(0, n - 3))
        && !Lexicon.get().isWord(key.substring(0, n - 2));
  }
}
