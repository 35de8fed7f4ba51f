package ir.khabar.core.understand.entities;

import ir.khabar.persian.text.CharTable;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, keeping offsets into the text as given. A word is a run of letters, marks
 * and digits; a ZWNJ or ZWJ between two of them stays inside the word (کشور‌ها is one word).
 */
final class Tokens {
  private Tokens() {}

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text, i))) {
        i++;
      }
      String raw = text.substring(start, i);
      String key = SearchFolding.fold(raw);
      if (!key.isEmpty()) {
        out.add(new Token(start, i, raw, key));
      }
    }
    return out;
  }

  /**
   * Whether only spaces (and invisible joiners) separate two tokens: no punctuation, no line break.
   */
  static boolean adjacent(String text, Token a, Token b) {
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c != ' '
          && c != '\u00A0'
          && c != '\u200C'
          && c != '\u200F'
          && c != '\u200E'
          && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * What stands between two words, spaces and invisible marks trimmed from both ends (a no-break
   * space or a ZWNJ is no punctuation: «السنیوره\u00a0 نخست وزیر لبنان» is a name and its role).
   */
  static String between(String text, int from, int to) {
    while (from < to && blank(text.charAt(from))) {
      from++;
    }
    while (to > from && blank(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u200E'
        || c == '\u200F';
  }

  private static boolean isWordChar(char c) {
    return WORD_CHARS.has(c);
  }

  private static final CharTable WORD_CHARS =
      CharTable.of(
          c ->
              Character.isLetterOrDigit(c)
                  || Character.getType(c) == Character.NON_SPACING_MARK
                  || c == '\u0640');

  private static boolean isJoiner(String text, int i) {
    char c = text.charAt(i);
    return (c == '\u200C' || c == '\u200D')
        && i + 1 < text.length()
        && isWordChar(text.charAt(i + 1));
  }
}
