package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;

/** The Persian affixes Khabar joins and strips, in search-folded spelling (no ZWNJ, آ as ا). */
final class Affixes {
  private Affixes() {}

  static boolean isVerbPrefix(String token) {
    return token.length() <= 3 && (token.equals("می") || token.equals("نمی"));
  }

  /** True when {@code token} is a verb stem with a personal ending: شود, گیرد, رفتند, کرد. */
  static boolean isVerbForm(String token, Lexicon lexicon) {
    return lexicon.isVerbForm(token);
  }
}
