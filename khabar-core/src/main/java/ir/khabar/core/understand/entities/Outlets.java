package ir.khabar.core.understand.entities;

import java.util.List;
import java.util.Set;

/**
 * Listed news outlets by their name after its head word: «مهر» for «خبرگزاری مهر», «کیهان» for
 * «روزنامه کیهان». Such a name alone is often a common word (a month, the cosmos, a given name), so
 * the lists do not link it bare; where a source line or a press review's heading says it is an
 * outlet, it is the listed one.
 */
final class Outlets {
  /** Heads of outlets that are no printed paper ({@link Mastheads#paper} holds those). */
  private static final Set<String> HEADS = Words.folded("خبرگزاری", "شبکه", "پایگاه", "سایت");

  private static final UniqueKeys.PerGazetteer KEYS =
      new UniqueKeys.PerGazetteer(e -> "agency".equals(e.kind()), Outlets::afterHead);

  private Outlets() {}

  /** The listed outlet these joined words name after its head word, or null. */
  static Entry named(Gazetteer g, String joinedKey) {
    return KEYS.of(g).get(joinedKey);
  }

  /** Words that describe the head, not the outlet: «پایگاه خبری تحلیلی عصر ایران». */
  private static final Set<String> DESCRIBING =
      Words.folded(
          "خبری",
          "تحلیلی",
          "اینترنتی",
          "تلویزیونی",
          "ماهواره\u200cای",
          "ماهواره",
          "رادیویی",
          "تصویری",
          "عربی",
          "عربی\u200cزبان");

  /**
   * The listed outlet a body read from its head names, when words describing the head stand between
   * («شبکه تلویزیونی سی ان ان», «شبکه خبری الجزیره» are the listed «شبکه سی‌ان‌ان», «شبکه
   * الجزیره»): tokens [head, end), the outlet's own name after the describing words; null when the
   * words name no listed outlet of the same head.
   */
  static Entry described(Scan s, int head, int end) {
    int from = head + 1;
    while (from < end - 1 && DESCRIBING.contains(s.key(from))) {
      from++;
    }
    if (from == head + 1 || from >= end) {
      return null;
    }
    Entry e = named(s.gazetteer(), s.join(from, end));
    List<Token> listed = e == null ? List.of() : Tokens.of(e.name());
    return !listed.isEmpty() && listed.get(0).key().equals(s.key(head)) ? e : null;
  }

  private static String afterHead(String name) {
    List<Token> tokens = Tokens.of(name);
    String head = tokens.isEmpty() ? "" : tokens.get(0).key();
    int from = 1;
    while (from < tokens.size() - 1 && DESCRIBING.contains(tokens.get(from).key())) {
      from++;
    }
    return tokens.size() < 2 || !HEADS.contains(head) && !Mastheads.paper(head)
        ? null
        : Gazetteer.join(tokens, from, tokens.size());
  }
}
