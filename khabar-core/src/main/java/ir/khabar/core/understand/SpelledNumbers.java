package ir.khabar.core.understand;

import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Numbers spelled out in Persian, search-folded: one word (دو, بیست, میلیون) or several joined by
 * «و» into one (بیست‌ودو, هفتادوچهار), as the name readers and the encounter rules both read them.
 */
public final class SpelledNumbers {
  private static final List<String> WORDS =
      List.of(
          "یک", "دو", "سه", "سو", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
          "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی",
          "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد", "هزار", "میلیون", "میلیارد",
          "تریلیون");

  private static final Set<String> FOLDED =
      WORDS.stream().map(SearchFolding::fold).collect(Collectors.toUnmodifiableSet());

  private SpelledNumbers() {}

  /** Whether a folded word is a number spelled out: one of the words, or several joined by «و». */
  public static boolean is(String key) {
    if (FOLDED.contains(key)) {
      return true;
    }
    String[] parts = key.split("و", -1);
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      if (!FOLDED.contains(p)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a folded word ends with a number spelled out (صدودهمین's stem, «صدوده»). */
  public static boolean endsWithOne(String key) {
    for (String number : FOLDED) {
      if (key.endsWith(number)) {
        return true;
      }
    }
    return false;
  }
}
