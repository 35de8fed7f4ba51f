package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/** The Persian affixes Khabar joins and strips, in search-folded spelling (no ZWNJ, آ as ا). */
final class Affixes {
  private Affixes() {}

  /** Suffixes written as a separate word by some writers: کتاب ها, بزرگ ترین, کتاب هایشان. */
  private static final Set<String> DETACHED = Set.of(
      "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "ترین", "تر");

  static boolean isVerbPrefix(String token) {
    return token.length() <= 3 && (token.equals("می") || token.equals("نمی"));
  }

  /** The first-letter test spares a hash of most tokens: every detached suffix starts with ه or ت. */
  static boolean isDetachedSuffix(String token) {
    char first = token.isEmpty() ? 0 : token.charAt(0);
    return (first == 'ه' || first == 'ت') && token.length() <= 7 && DETACHED.contains(token);
  }

  /** True when {@code token} is a verb stem with a personal ending: شود, گیرد, رفتند, کرد. */
  static boolean isVerbForm(String token, Lexicon lexicon) {
    return lexicon.isVerbForm(token);
  }
}
