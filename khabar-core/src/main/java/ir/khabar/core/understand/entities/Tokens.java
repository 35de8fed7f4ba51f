package ir.khabar.core.understand.entities;

import ir.khabar.core.understand.Word;
import ir.khabar.persian.text.CharTable;
import ir.khabar.persian.text.SearchFolding;
import ir.khabar.persian.text.WordTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, keeping offsets into the text as given. A word is a run of letters, marks
 * and digits; a ZWNJ or ZWJ between two of them stays inside the word (کشور‌ها is one word).
 */
final class Tokens {
  private Tokens() {}

  /**
   * Each thread's words met before, by their writing in a text: a word met again is found by its
   * chars where it stands, with no substring, folding or lookup in the shared {@link Word} table.
   */
  private static final ThreadLocal<WordTable<Word>> MET =
      ThreadLocal.withInitial(() -> new WordTable<>(50_000));

  /** A text's tokens and, at the same places, their words. */
  record Read(List<Token> tokens, Word[] words) {}

  /** The text's tokens, for a one-off read (a name, a list's line): nothing is remembered. */
  static List<Token> of(String text) {
    return read(text, null).tokens();
  }

  /** The tokens of a text the recognizer reads, with their words, found by their writing. */
  static Read read(String text) {
    return read(text, MET.get());
  }

  /** With {@code met} null, no word is looked up or remembered, and {@code words} is null. */
  private static Read read(String text, WordTable<Word> met) {
    char[] chars = text.toCharArray();
    List<Token> tokens = new ArrayList<>();
    List<Word> words = met == null ? null : new ArrayList<>();
    int i = 0;
    int n = chars.length;
    while (i < n) {
      if (!isWordChar(chars[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(chars[i]) || isJoiner(chars, i))) {
        i++;
      }
      Word word = met == null ? null : met.get(chars, start, i);
      String key = word == null ? null : word.key;
      if (key == null) {
        String raw = text.substring(start, i);
        key = SearchFolding.fold(raw);
        if (key.isEmpty()) {
          continue;
        }
        if (met != null) {
          word = Word.of(key);
          met.put(raw, word);
        }
      }
      tokens.add(new Token(start, i, key, text));
      if (words != null) {
        words.add(word);
      }
    }
    return new Read(tokens, words == null ? null : words.toArray(new Word[0]));
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

  private static boolean isJoiner(char[] text, int i) {
    char c = text[i];
    return (c == '\u200C' || c == '\u200D') && i + 1 < text.length && isWordChar(text[i + 1]);
  }
}
