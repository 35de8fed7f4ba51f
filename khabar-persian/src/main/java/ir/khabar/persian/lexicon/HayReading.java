package ir.khabar.persian.lexicon;

/**
 * How letters that spell both Xه + ‌ای and X + ‌های are read when the writer left out the half-space
 * (مصاحبهای, نهادهای, مقابلهای). The search form needs one reading; readers' text is changed only on a
 * clear one.
 */
public enum HayReading {
  /** X + ‌های: کتابهای, نهادهای, کردهای. */
  PLURAL,
  /** Xه + ‌ای: مصاحبه‌ای, رسانه‌ای. */
  INDEFINITE,
  /** Both are real words and neither is clearly the likelier: مقابلهای, پلهای. Search reads a plural. */
  UNSURE;

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
    if (!lexicon.isKnown(plural) || lexicon.isStopword(plural)
        || lexicon.isVerb(plural) && !lexicon.isPastStem(plural) && !lexicon.isSingular(plural)) {
      return INDEFINITE;
    }
    if (lexicon.isPastStem(plural)) {
      return PLURAL; // نهاده, کرده, خریده: a participle; its X (نهاد, کرد, خرید) is the noun that takes ‌های
    }
    double ratio = lexicon.frequency(stemInHeh) / (double) Math.max(1, lexicon.frequency(plural));
    return ratio >= INDEFINITE_RATIO ? INDEFINITE : ratio <= PLURAL_RATIO ? PLURAL : UNSURE;
  }
}
