package ir.khabar.persian.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Arabic presentation forms as the ordinary letters they stand for: ﺷﻬﺮﺳﺘﺎن → شهرستان, the lam-alef
 * ligature ﻻ → لا, ﷼ → ریال. Text copied from PDFs and old sites is written in these glyph codes
 * (U+FB50–U+FDFF, U+FE70–U+FEFF); they must become letters before any other folding, or the word is
 * never found by its ordinary spelling.
 *
 * <p>The table is ICU's NFKC ({@link Normalizer2#getNFKCInstance()}) of each code point of the two
 * blocks, computed once; nothing here is written by hand. Only these blocks are normalized, not the
 * whole text: NFKC elsewhere would also rewrite what readers and the index rely on (superscripts
 * and fractions such as m² and ½, fullwidth and Latin ligature letters, the ellipsis) and would
 * cost a normalizer call per character of every article, while the letters, digits, ZWNJ and marks
 * Khabar folds itself are left alone by NFKC anyway. One adjustment: NFKC writes an isolated
 * diacritic form (ﹰ, U+FE70…U+FE7E, U+FC5E…U+FC63) as a space and the mark; the mark is kept
 * without the space, because in copied text the form follows the letter it belongs to and a space
 * would cut the word in two.
 */
public final class PresentationForms {
  private static final char FIRST_A = '\uFB50';
  private static final char LAST_A = '\uFDFF';
  private static final char FIRST_B = '\uFE70';
  private static final char LAST_B = '\uFEFF';

  /** The longest replacement (U+FDFA, a phrase of four words). */
  public static final int MAX_EXPANSION;

  private static final String[] BLOCK_A = new String[LAST_A - FIRST_A + 1];
  private static final String[] BLOCK_B = new String[LAST_B - FIRST_B + 1];

  static {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    int max = 1;
    max = Math.max(max, fill(nfkc, FIRST_A, BLOCK_A));
    max = Math.max(max, fill(nfkc, FIRST_B, BLOCK_B));
    MAX_EXPANSION = max;
  }

  private PresentationForms() {}

  /**
   * True for a code unit of the two presentation-form blocks, whether or not it has a replacement.
   */
  public static boolean inBlocks(char c) {
    return c >= FIRST_A && (c <= LAST_A || (c >= FIRST_B && c <= LAST_B));
  }

  /** The ordinary letters {@code c} stands for, or null when it is not a presentation form. */
  public static String letters(char c) {
    if (c < FIRST_A) {
      return null;
    }
    if (c <= LAST_A) {
      return BLOCK_A[c - FIRST_A];
    }
    return c >= FIRST_B && c <= LAST_B ? BLOCK_B[c - FIRST_B] : null;
  }

  /**
   * {@code s} with every presentation form replaced by its letters; {@code s} itself when it has
   * none.
   */
  public static String toLetters(CharSequence s) {
    int first = 0;
    while (first < s.length() && letters(s.charAt(first)) == null) {
      first++;
    }
    if (first == s.length()) {
      return s.toString();
    }
    StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      String l = letters(c);
      if (l == null) {
        out.append(c);
      } else {
        out.append(l);
      }
    }
    return out.toString();
  }

  private static int fill(Normalizer2 nfkc, char first, String[] block) {
    int max = 1;
    for (int k = 0; k < block.length; k++) {
      String c = String.valueOf((char) (first + k));
      String n = nfkc.normalize(c);
      if (n.equals(c)) {
        continue; // unassigned, a noncharacter, or not a compatibility character (U+FDFD, U+FEFF)
      }
      if (n.length() > 1 && n.charAt(0) == ' ' && marksOnly(n, 1)) {
        n = n.substring(1);
      }
      block[k] = n;
      max = Math.max(max, n.length());
    }
    return max;
  }

  private static boolean marksOnly(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }
}
