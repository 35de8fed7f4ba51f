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
    return k > 0 && s.adjacent(k - 1) && KINDS.contains(s.key(k - 1)) ? k - 1 : i;
  }

  /** «تروریستی», «تکفیری»: a plain adjective in «ی», no name or head. */
  private static boolean adjective(Scan s, int x) {
    return s.name[x] == null
        && s.key(x).endsWith("ی")
        && !s.breaks(x)
        && !OrganisationPatterns.isHead(s.key(x))
        && Lexicon.get().isAdjective(s.key(x));
  }
}
