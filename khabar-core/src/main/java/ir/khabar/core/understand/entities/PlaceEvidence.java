package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.Set;

/**
 * When a place name that is also a common word is a place: «دوشنبه» is Monday unless the text says
 * otherwise (به دوشنبه، شهر دوشنبه), and «در آستانه» is "on the eve of", not Astana.
 */
final class PlaceEvidence {
  /** Words before a place name that say it is one. */
  private static final Set<String> PLACE_SIGNALS =
      Words.folded("به", "از", "شهر", "پایتخت", "مقصد", "فرودگاه");

  /** Names that are common words, with the words that make them the common word when before. */
  private static final Set<String> IDIOM_BEFORE = Words.folded("در", "آستانه");

  private static final Set<String> COMMON = Words.folded("آستانه");

  private PlaceEvidence() {}

  /** Whether the one-word name at token i is here a common word (a weekday, an idiom). */
  static boolean isCommonWord(Scan s, int i) {
    if (s.nameLength[i] != 1 || s.name[i].type() == Entity.Type.PERSON) {
      return false;
    }
    String key = s.key(i);
    boolean signalled = i > 0 && PLACE_SIGNALS.contains(s.key(i - 1));
    if (Words.isTime(key)) {
      return !signalled || i + 1 < s.size() && (Words.isTime(s.key(i + 1)) || digit(s, i + 1));
    }
    return COMMON.contains(key) && i > 0 && IDIOM_BEFORE.contains(s.key(i - 1))
        || !s.name[i].isCountryWord() && partOfCompound(s, i); // «عراقی ها»: Iraqis
  }

  /**
   * «سرمایه داران» (capitalists), «سازهای کوبه ای» (percussion): a name in «ان» that is the plural
   * of a compound with the word written apart before it, or a name that takes an ending written
   * apart, is a common word's part, not Daran or Kobe.
   */
  private static boolean partOfCompound(Scan s, int i) {
    String key = s.key(i);
    // the word list counts the singular, a verb's stem: «مغازه دار» of «مغازه داران»; «شهر امان»
    // is no «شهرام»
    String singular = key.endsWith("ان") ? key.substring(0, key.length() - 2) : "";
    boolean plural =
        singular.length() >= 3
            && i > 0
            && s.adjacent(i - 1)
            && !Words.isFunctionWord(s.key(i - 1))
            && Words.isStemPart(singular)
            && Words.isCompound(s.key(i - 1), singular);
    return plural || i + 1 < s.size() && s.adjacent(i) && Words.isDetachedEnding(s.key(i + 1));
  }

  /** Whether token i is inside a role phrase that starts before it (رئیس «جمهوری» آمریکا). */
  static boolean inRole(Scan s, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (s.roleLength[k] > 0 && k + s.roleLength[k] > i) {
        return true;
      }
    }
    return false;
  }

  private static boolean digit(Scan s, int i) {
    return Character.isDigit(s.key(i).charAt(0));
  }
}
