package ir.khabar.persian.date;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * What every match of a date pattern must contain: digits, or one of its words. A text without it
 * is not scanned at all; the patterns open with optional times and weekdays, which makes their scan
 * cost something at every position of every text.
 */
final class Gate {
  private final int digits;
  private final String[] words;

  /** A regex the text may hold instead of the digits, or null. */
  private final Pattern core;

  private final Gate also;

  private Gate(int digits, String[] words, Pattern core, Gate also) {
    this.digits = digits;
    this.words = words;
    this.core = core;
    this.also = also;
  }

  private Gate(int digits, String[] words, Gate also) {
    this(digits, words, null, also);
  }

  /** Texts with a run of {@code n} digits or more (folded text has Latin digits only). */
  static Gate digits(int n) {
    return new Gate(n, new String[0], null);
  }

  /**
   * Texts with one of these spellings; a space in a spelling stands for any spacing, so the longest
   * part of each is what must be there.
   */
  static Gate anyOf(Collection<String> spellings) {
    return new Gate(
        0, spellings.stream().map(Gate::longestPart).distinct().toArray(String[]::new), null);
  }

  /** Texts with one of these spellings, or a digit. */
  static Gate digitOrAnyOf(Collection<String> spellings) {
    return new Gate(1, anyOf(spellings).words, null);
  }

  /**
   * Texts with a match of {@code core} or one of these spellings: a gate narrower than {@link
   * #digitOrAnyOf} when the digits a match holds must stand just before a word (a day before a
   * month's name), which few of the digits of a text do.
   */
  static Gate holdingOrAnyOf(Pattern core, Collection<String> spellings) {
    return new Gate(0, anyOf(spellings).words, core, null);
  }

  /** Texts that pass both gates. */
  Gate and(Gate other) {
    return new Gate(digits, words, core, other);
  }

  boolean opens(String text) {
    return (digits > 0 && hasDigits(text)
            || core != null && core.matcher(text).find()
            || Arrays.stream(words).anyMatch(text::contains))
        && (also == null || also.opens(text));
  }

  private boolean hasDigits(String text) {
    int run = 0;
    for (int i = 0; i < text.length() && run < digits; i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
    }
    return run >= digits;
  }

  private static String longestPart(String spelling) {
    return Arrays.stream(spelling.split(" "))
        .max(Comparator.comparingInt(String::length))
        .orElseThrow();
  }
}
