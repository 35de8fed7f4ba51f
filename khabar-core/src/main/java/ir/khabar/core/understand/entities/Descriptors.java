package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * A word for the kind of body, with its adjectives, written right before a known body's name is
 * part of that name: «گروه تروریستی داعش», «گروه طالبان», «گروهک منافقین». The conventions keep a
 * generic head that comes right before the name inside it (خبرگزاری فارس, تیم پرسپولیس).
 */
final class Descriptors {
  private static final Set<String> KINDS = Words.folded("گروه", "گروهک", "جنبش", "سازمان");

  private static final int MAX_ADJECTIVES = 2;

  private Descriptors() {}

  /**
   * Where the name of the known body at token i starts, its kind's word included; an agency's desk
   * («گروه اقتصاد بین‌الملل فارس») is no part of the agency's name.
   */
  static int start(Scan s, int i) {
    if ("agency".equals(s.name[i].kind())) {
      return i;
    }
    int k = i;
    while (k > 0 && i - k < MAX_ADJECTIVES && s.adjacent(k - 1) && adjective(s, k - 1)) {
      k--;
    }
    return k > 0
            && s.adjacent(k - 1)
            && kind(s.key(k - 1), s.name[i])
            && !OrganisationPatterns.generic(s, k - 1) // «بزرگ‌ترین شرکت بورس تهران»
        ? k - 1
        : i;
  }

  /** Words for a firm: «شرکت بوئینگ», «کمپانی نفتی اکسون موبیل». */
  private static final Set<String> FIRMS = Words.folded("شرکت", "کمپانی");

  /**
   * «سازمان جهاد کشاورزی» is a province's body of the ministry, not the ministry: a ministry's name
   * takes no kind's word.
   */
  private static boolean kind(String key, Entry known) {
    return KINDS.contains(key) && !"ministry".equals(known.kind())
        || "company".equals(known.kind()) && FIRMS.contains(key);
  }

  /** Kinds that are no head word alone («گروه سنی», «جنبش دانشجویی»): any group of their kind. */
  private static final Set<String> LOOSE_KINDS = Words.folded("گروه", "گروهک", "جنبش");

  /** Whether a word is a loose kind of body, read once per word ({@link WordFacts}). */
  static boolean isLooseKind(String key) {
    return LOOSE_KINDS.contains(key);
  }

  /**
   * Where the name of an unlisted body of a loose kind that starts at token i ends (exclusive), or
   * i: the kind's word, up to two adjectives and a word no list holds that is no person's name
   * («گروه تروریستی بوکوحرام», «گروه اقتصادی واندا»). Without such a word it is a group of people
   * or things («گروه سنی», «گروه فرهنگی» of an agency), not a body's name.
   */
  static int unlistedEnd(Scan s, int i) {
    if (!s.looseKind(i)) {
      return i;
    }
    int k = i + 1;
    while (k < s.size() && k - i <= MAX_ADJECTIVES && s.adjacent(k - 1) && inY(s, k)) {
      k++;
    }
    int end = k;
    while (end < s.size() && s.adjacent(end - 1) && nameWord(s, end)) {
      end++;
    }
    return end > k ? end : i;
  }

  /** A plain word in «ی» after a kind: its adjective (تروریستی, اقتصادی, صنعتی). */
  private static boolean inY(Scan s, int x) {
    return s.name[x] == null && s.key(x).endsWith("ی") && !s.breaks(x) && !s.head(x);
  }

  /** A word no list holds, in Persian letters, and no person's name shape: a body's own name. */
  private static boolean nameWord(Scan s, int x) {
    return s.unknown(x)
        && !LatinNames.hasLatin(s.key(x))
        && s.name[x] == null
        && s.roleLength[x] == 0
        && !s.givenName(x)
        && !FamilyNameShapes.looksLikeSurname(s.key(x));
  }

  /** «تروریستی», «تکفیری»: a plain adjective in «ی», no name or head. */
  private static boolean adjective(Scan s, int x) {
    return s.name[x] == null
        && s.key(x).endsWith("ی")
        && !s.breaks(x)
        && !s.head(x)
        && Lexicon.get().isAdjective(s.key(x));
  }
}
