package ir.khabar.core.understand;

import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Numbers spelled out in Persian, search-folded: one word (دو, بیست, میلیون) or several joined by
 * «و» into one (بیست‌ودو, هفتادوچهار), as the name readers and the encounter rules both read them.
 */
public final class SpelledNumbers {
  private static final List<String> WORDS =
      List.of(
          "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
          "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی",
          "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد", "هزار", "میلیون", "میلیارد",
          "تریلیون");

  private static final Set<String> FOLDED =
      WORDS.stream().map(SearchFolding::fold).collect(Collectors.toUnmodifiableSet());

  /**
   * The stems ordinals are made of, «م» or «مین» after them: the numbers, and «سو» (سوم، سومین),
   * which is no number on its own («سوء» folds to it).
   */
  private static final Set<String> ORDINAL_STEMS =
      Stream.concat(FOLDED.stream(), Stream.of("سو")).collect(Collectors.toUnmodifiableSet());

  private SpelledNumbers() {}

  /** Whether a folded word is a number spelled out: one of the words, or several joined by «و». */
  public static boolean is(String key) {
    return madeOf(key, FOLDED);
  }

  /**
   * Whether a folded word is the stem of an ordinal: «سو» of سومین, «بیست» of بیستمین, «بیستوسو» of
   * بیست‌وسومین.
   */
  public static boolean isOrdinalStem(String key) {
    return madeOf(key, ORDINAL_STEMS);
  }

  /** Whether the key is one of the words, or several of them joined by «و». */
  private static boolean madeOf(String key, Set<String> words) {
    if (words.contains(key)) {
      return true;
    }
    String[] parts = key.split("و", -1);
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      if (!words.contains(p)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a folded word ends with an ordinal's stem (صدودهمین's stem, «صدوده»; «سو»). */
  public static boolean endsWithOne(String key) {
    for (String number : ORDINAL_STEMS) {
      if (key.endsWith(number)) {
        return true;
      }
    }
    return false;
  }
}
