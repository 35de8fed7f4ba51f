package ir.khabar.core.understand.entities;

/**
 * Names in guillemets: a known name quoted together with other words («خط حزب‌الله», «سلام تهران»)
 * is a title of its own (a publication, a programme, a campaign), not the body or place it
 * contains.
 */
final class Titles {
  /** How far (in characters) a quotation is looked for around a name. */
  private static final int REACH = 80;

  private Titles() {}

  /** Whether tokens [from, to) stand inside «…» that holds more words than they do. */
  static boolean insideLongerTitle(Scan s, int from, int to) {
    int open = opening(s.text, s.start(from));
    if (open < 0) {
      return false;
    }
    int close = closing(s.text, s.end(to - 1));
    if (close < 0) {
      return false;
    }
    return hasWord(s.text, open + 1, s.start(from)) || hasWord(s.text, s.end(to - 1), close);
  }

  /** The « that opens a quotation still open at {@code at}, or -1. */
  private static int opening(String text, int at) {
    return find(text, at - 1, -1, '«', '»');
  }

  /** The » that closes a quotation open at {@code at}, or -1. */
  private static int closing(String text, int at) {
    return find(text, at, 1, '»', '«');
  }

  /**
   * Where {@code wanted} is, walking from {@code p} by {@code step}, before the other mark or a
   * sentence end.
   */
  private static int find(String text, int p, int step, char wanted, char other) {
    for (int n = 0; n < REACH && p >= 0 && p < text.length(); n++, p += step) {
      char c = text.charAt(p);
      if (c == wanted) {
        return p;
      }
      if (c == other || c == '\n' || c == '.' || c == '؟') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean hasWord(String text, int from, int to) {
    for (int p = from; p < to; p++) {
      if (Character.isLetter(text.charAt(p))) {
        return true;
      }
    }
    return false;
  }
}
