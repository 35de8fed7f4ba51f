package ir.khabar.persian.date;

import java.util.Locale;

/** Digit conversion between the Latin, Persian (۰-۹) and Arabic-Indic (٠-٩) scripts. */
final class Digits {
  private static final char PERSIAN_ZERO = '\u06F0';
  private static final char ARABIC_ZERO = '\u0660';

  private Digits() {}

  /** The Latin digit for any of the three scripts, or the character itself. */
  static char toLatin(char c) {
    if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
      return (char) ('0' + (c - PERSIAN_ZERO));
    }
    if (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9) {
      return (char) ('0' + (c - ARABIC_ZERO));
    }
    return c;
  }

  /** Replaces Latin digits by Persian ones. */
  static String toPersian(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (PERSIAN_ZERO + (c - '0')) : c);
    }
    return out.toString();
  }

  /** Two Persian digits, zero-padded. */
  static String twoPersian(int n) {
    return toPersian(String.format(Locale.ROOT, "%02d", n));
  }
}
