package ir.khabar.persian.lexicon;

import ir.khabar.persian.text.ArabicJoining;

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
    return ArabicJoining.joinsNext(plural.charAt(plural.length() - 1))
        && ratio(lexicon, stemInHeh, plural) >= SEARCH_INDEFINITE_RATIO;
  }

  private static double ratio(Lexicon lexicon, String stemInHeh, String plural) {
    return lexicon.frequency(stemInHeh) / (double) Math.max(1, lexicon.frequency(plural));
  }

  /** Xه is read with ‌ای when it is this many times likelier than X on the web. */
  private static final int INDEFINITE_RATIO = 4;

  /** X is read as a plural when Xه is this rare beside it. */
  private static final double PLURAL_RATIO = 0.02;

  /**
   * Whether X is a noun the plural reading must be weighed for, though a list spells Xه‌ای: the
   * lists hold Xه‌ای (زخمه‌ای, حرفه‌ای) but hardly ever X‌های, so a listed Xه‌ای says only that the
   * word exists, not that it is the likelier reading; when X is a noun and Xه is not clearly the
   * commoner (زخم beside زخمه, حرف beside حرفه), the frequencies decide as for any letters.
   */
  private static boolean isCommonNoun(Lexicon lexicon, String stemInHeh, String plural) {
    return lexicon.isSingular(plural)
        && !lexicon.isStopword(plural)
        && ratio(lexicon, stemInHeh, plural) < INDEFINITE_RATIO;
  }

  static HayReading of(Lexicon lexicon, String stemInHeh) {
    return of(lexicon, stemInHeh, false);
  }

  /**
   * As {@link #of}, for readers' text: a listed Xه‌ای is weighed against X‌های when X is a noun
   * ({@link #isCommonNoun}), so زخمهای and حرفهای stay as written rather than become زخمه‌ای and
   * حرفه‌ای. Search keeps {@link #of}; where the two differ the letters are unsure and stay as
   * written, which keeps their search form.
   */
  static HayReading forDisplay(Lexicon lexicon, String stemInHeh) {
    HayReading weighed = of(lexicon, stemInHeh, true);
    return weighed == of(lexicon, stemInHeh, false) ? weighed : UNSURE;
  }

  private static HayReading of(Lexicon lexicon, String stemInHeh, boolean weighListed) {
    if (!lexicon.isWord(stemInHeh)) {
      return PLURAL;
    }
    String plural = stemInHeh.substring(0, stemInHeh.length() - 1);
    String listed = lexicon.spellings().halfSpaced(stemInHeh + "ای");
    boolean listedIndefinite = listed != null && listed.equals(stemInHeh + "\u200cای");
    if (listed != null
        && !(weighListed && listedIndefinite && isCommonNoun(lexicon, stemInHeh, plural))) {
      return listedIndefinite ? INDEFINITE : PLURAL;
    }
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
