package ir.khabar.core.understand.entities;

/**
 * A name written in Latin letters starts with a capital (John Kerry, BBC): a word in small Latin
 * letters is an ordinary word or a term (prepaid, voice mail, pdf, lng), no person's name.
 */
final class LatinCase {
  private LatinCase() {}

  /**
   * Whether a word of tokens [from, to) is written in Latin letters and starts with a small one.
   */
  static boolean lowerCase(Scan s, int from, int to) {
    for (int k = from; k < to; k++) {
      String text = s.tokens.get(k).text();
      char first = text.isEmpty() ? ' ' : text.charAt(0);
      if (first < 0x250 && Character.isLowerCase(first)) {
        return true;
      }
    }
    return false;
  }
}
