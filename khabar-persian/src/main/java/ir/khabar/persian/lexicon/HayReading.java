package ir.khabar.persian.lexicon;

/**
 * How letters that spell both Xه + ‌ای and X + ‌های are read when the writer left out the
 * half-space (مصاحبهای, نهادهای, مقابلهای). The search form needs one reading; readers' text is
 * changed only on a clear one.
 */
public enum HayReading {
  /** X + ‌های: کتابهای, نهادهای, کردهای. */
  PLURAL,
  /** Xه + ‌ای: مصاحبه‌ای, رسانه‌ای. */
  INDEFINITE,
  /**
   * Both are real words and neither is clearly the likelier: مقابلهای, بندهای, سالهای. Readers'
   * text keeps them as written; search needs a reading, see {@link #searchesAsIndefinite}.
   */
  UNSURE;

  private static final String NON_JOINING = "ادذرزژو";

  /**
   * Unsure letters after a joining letter are searched as Xه + ‌ای from this web-frequency ratio
   * up.
   */
  private static final double SEARCH_INDEFINITE_RATIO = 0.2;

  /**
   * The reading search gives letters that may be Xه + ‌ای: a clear one, else a plural after a
   * letter that does not join (بند‌های needs no half-space, بنده‌ای does, so text that keeps its
   * half-spaces writes only the plural so), else Xه + ‌ای when Xه is not rare beside X (مقابله‌ای,
   * سابقه‌ای, هفته‌ای, but سال‌های, چشم‌های).
   */
  static boolean searchesAsIndefinite(Lexicon lexicon, String stemInHeh) {
    HayReading reading = of(lexicon, stemInHeh);
    if (reading != UNSURE) {
      return reading == INDEFINITE;
    }
    String plural = stemInHeh.substring(0, stemInHeh.length() - 1);
    return NON_JOINING.indexOf(plural.charAt(plural.length() - 1)) < 0
        && ratio(lexicon, stemInHeh, plural) >= SEARCH_INDEFINITE_RATIO;
  }

  private static double ratio(Lexicon lexicon, String stemInHeh, String plural) {
    return lexicon.frequency(stemInHeh) / (double) Math.max(1, lexicon.frequency(plural));
  }

  /** Xه is read with ‌ای when it is this many times likelier than X on the web. */
  private static final int INDEFINITE_RATIO = 4;

  /** X is read as a plural when Xه is this rare beside it. */
  private static final double PLURAL_RATIO = 0.02;

  static HayReading of(Lexicon lexicon, String stemInHeh) {
    if (!lexicon.isWord(stemInHeh)) {
      return PLURAL;
    }
    String listed = lexicon.spellings().halfSpaced(stemInHeh + "ای");
    if (listed != null) {
      return listed.equals(stemInHeh + "\u200cای") ? INDEFINITE : PLURAL;
    }
    String plural = stemInHeh.substring(0, stemInHeh.length() - 1);
    if (!lexicon.isKnown(plural)
        || lexicon.isStopword(plural)
        || lexicon.isVerb(plural) && !lexicon.isPastStem(plural) && !lexicon.isSingular(plural)) {
      return INDEFINITE;
    }
    if (lexicon.isPastStem(plural) && lexicon.isSingular(plural)) {
      return PLURAL; // نهاده, کرده, خریده: a participle, and its X (نهاد, کرد, خرید) a noun that
      // takes ‌های
    }
    double ratio = ratio(lexicon, stemInHeh, plural);
    return ratio >= INDEFINITE_RATIO ? INDEFINITE : ratio <= PLURAL_RATIO ? PLURAL : UNSURE;
  }
}
