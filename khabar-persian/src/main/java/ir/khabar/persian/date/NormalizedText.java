package ir.khabar.persian.date;

/**
 * Text folded for date matching, with a map back to the original offsets. Digits become Latin,
 * Arabic yeh and kaf become Persian, ZWNJ and odd spaces become a plain space, bidi marks and
 * tatweel disappear. Folding is one character in, at most one out, so offsets map simply.
 */
final class NormalizedText {
  private final String text;
  private final int[] origin;

  private NormalizedText(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  static NormalizedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] origin = new int[original.length()];
    for (int i = 0; i < original.length(); i++) {
      char f = fold(original.charAt(i));
      if (f != DROP) {
        origin[out.length()] = i;
        out.append(f);
      }
    }
    return new NormalizedText(out.toString(), origin);
  }

  String text() {
    return text;
  }

  /** The original offset of the folded character at {@code start}. */
  int originalStart(int start) {
    return origin[start];
  }

  /** The original end offset (exclusive) of a folded range ending at {@code end} (exclusive). */
  int originalEnd(int end) {
    return origin[end - 1] + 1;
  }

  private static final char DROP = '\uFFFF';

  private static char fold(char c) {
    switch (c) {
      case '\u064A':
      case '\u0649':
        return '\u06CC';
      case '\u0643':
        return '\u06A9';
      case '\u200C':
      case '\u00A0':
      case '\u202F':
      case '\u2007':
      case '\u2009':
        return ' ';
      case '\u200B':
      case '\u200D':
      case '\u200E':
      case '\u200F':
      case '\u061C':
      case '\u0640':
      case '\uFEFF':
        return DROP;
      default:
        break;
    }
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return DROP;
    }
    return Digits.toLatin(c);
  }
}
