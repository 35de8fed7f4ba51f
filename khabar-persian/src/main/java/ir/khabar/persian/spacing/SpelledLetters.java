package ir.khabar.persian.spacing;

import java.util.Set;

/**
 * Latin letters spelled out in Persian script, as acronyms are written in the news (ام تی وی for
 * MTV, ام اس for MS, ای بی سی for ABC). Two of the names are also endings a word takes when written
 * apart (ام, ای: خسته ام, شبکه ای), so an ending that starts a run of letter names is a letter, not
 * an ending.
 */
final class SpelledLetters {
  /** Letter names that are no Persian word of their own: one of them after ام is the acronym. */
  private static final Set<String> ONLY_LETTERS =
      Set.of("اف", "اچ", "ال", "اس", "تی", "جی", "آر", "کیو", "دبلیو", "ایکس", "زد", "آی");

  /**
   * Letter names that are also words (بی "without", کی "when", سی "thirty", دی the month, وی "he",
   * پی "after"): one alone after ام is read as the word.
   */
  private static final Set<String> ALSO_WORDS =
      Set.of("ای", "بی", "سی", "دی", "ام", "ان", "او", "پی", "کی", "یو", "وی", "وای");

  private SpelledLetters() {}

  static boolean isLetterName(String word) {
    return ONLY_LETTERS.contains(word) || ALSO_WORDS.contains(word);
  }

  /**
   * Whether the words after a letter name go on spelling an acronym: the first is a letter name
   * only, or the first two are letter names.
   */
  static boolean goOnSpelling(String first, String second) {
    return ONLY_LETTERS.contains(first)
        || isLetterName(first) && second != null && isLetterName(second);
  }
}
