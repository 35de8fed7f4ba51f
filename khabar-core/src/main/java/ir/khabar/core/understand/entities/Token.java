package ir.khabar.core.understand.entities;

import ir.khabar.persian.text.SearchFolding;

/**
 * A word of the input with its place in it (UTF-16 offsets, end exclusive) and its folded form, the
 * form every comparison uses (letters unified, ZWNJ and marks gone). Its writing is cut from the
 * input only when asked: most words are only ever compared by their folded form.
 */
final class Token {
  private final int start;
  private final int end;
  private final String key;
  private final String source;

  /** The word at {@code source[start, end)}, folded to {@code key}. */
  Token(int start, int end, String key, String source) {
    this.start = start;
    this.end = end;
    this.key = key;
    this.source = source;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String key() {
    return key;
  }

  /** The word as written in the input. */
  String text() {
    return source.substring(start, end);
  }

  /**
   * The part of the word's writing from {@code from} to {@code to} (offsets in the word), alone.
   */
  Token part(int from, int to) {
    String written = source.substring(start + from, start + to);
    return new Token(start + from, start + to, SearchFolding.fold(written), source);
  }

  @Override
  public String toString() {
    return text() + "@" + start;
  }
}
