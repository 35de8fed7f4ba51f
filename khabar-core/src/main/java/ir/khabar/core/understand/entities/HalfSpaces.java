package ir.khabar.core.understand.entities;

import java.util.List;

/**
 * Where a listed name breaks into parts with a half-space or a space: the text may space it where
 * the list joins it, «سی ان ان» for «سی‌ان‌ان», and read so it is still the name, though a part is
 * a function word alone («ان»). Breaks are letter offsets in the name's joined key, one bit each.
 */
final class HalfSpaces {
  private HalfSpaces() {}

  /** The offsets in {@code joinedKey} where {@code name} breaks, or 0 if they cannot be placed. */
  static long breaks(String name, String joinedKey) {
    long out = 0;
    int at = 0;
    for (String part : name.split("[\\s\u200c]+")) {
      List<Token> tokens = Tokens.of(part);
      at += Gazetteer.join(tokens, 0, tokens.size()).length();
      if (at < Long.SIZE) {
        out |= 1L << at;
      }
    }
    boolean placed = at == joinedKey.length() && at < Long.SIZE;
    return placed ? out & ~(1L << at) : 0;
  }

  /**
   * Whether the words [from, to) meet only where the name {@code known} is listed with a break, and
   * are three or more or hold a word no list knows: «سی ان ان» is the listed «سی‌ان‌ان», «سیلیکون
   * ولی» Silicon Valley, but two common words are a phrase as often («آب بر پایه …», not the town
   * آب‌بر), and «را بر» is no رابر.
   */
  static boolean spacedAsListed(Gazetteer.Known known, WordFacts[] words, int from, int to) {
    boolean unknown = false;
    for (int i = from; i < to; i++) {
      unknown |= words[i].unknown;
    }
    if (to - from < 3 && !unknown) {
      return false;
    }
    int at = 0;
    for (int i = from; i + 1 < to; i++) {
      at += words[i].nameKey.length();
      if (at >= Long.SIZE || (known.apart & 1L << at) == 0) {
        return false;
      }
    }
    return true;
  }
}
