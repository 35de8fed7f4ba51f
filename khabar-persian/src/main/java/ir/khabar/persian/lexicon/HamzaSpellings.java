package ir.khabar.persian.lexicon;

import ir.khabar.persian.text.SearchFolding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Links the spellings of one word that differ only in the seat of its hamza (مسئله / مسأله, مسئول /
 * مسؤول), when the lists spell that word both ways. Folding gives each seat its own letter (ئ → ی,
 * ؤ → و, أ → ا), so مسئول folds to مسیول and مسؤول to مسوول; only a word the lists hold in both
 * spellings is linked, which keeps ملی (national) apart from ملا (mullah), although ملأ folds to
 * ملا.
 */
final class HamzaSpellings {
  private static final String SEATS = "\u0626\u0624\u0623\u0625";

  /** A seatless writing this many times commoner than the seated ones is taken for another word. */
  private static final int OTHER_WORD_RATIO = 2;

  /**
   * The written words with a hamza on a seat, grouped by their letters with the seat blanked out.
   */
  private final Map<String, TreeSet<String>> bySkeleton = new HashMap<>();

  /** How often the web saw each folded form written without a seat (شکار's vocabulary). */
  private final Map<String, Long> withoutSeat = new HashMap<>();

  /** How often the web saw the seated spellings of each group, at most. */
  private final Map<String, Long> seated = new HashMap<>();

  /** How often the web saw each folded form written with its seat, where it was counted. */
  private final Map<String, Long> seatedForm = new HashMap<>();

  /**
   * A seatless writing this many times commoner than its own seated spelling is another word, even
   * where the group's commonest spelling is common: روس (Russians, 3.2 million) against رؤس (heads,
   * 10,665) beside رأس (head, 4.7 million).
   */
  private static final int OTHER_WORD_OWN_RATIO = 20;

  void add(String written, long webFrequency) {
    if (hasSeat(written)) {
      String skeleton = skeleton(written);
      String folded = SearchFolding.fold(written);
      bySkeleton.computeIfAbsent(skeleton, k -> new TreeSet<>()).add(folded);
      seated.merge(skeleton, webFrequency, Math::max);
      seatedForm.merge(folded, webFrequency, Math::max);
    } else {
      withoutSeat.merge(SearchFolding.fold(written), webFrequency, Math::max);
    }
  }

  /**
   * Every folded spelling of a word spelled with two seats or more, linked to one of them. A form
   * also written without a seat joins only when that writing is not far commoner than the seated
   * ones: then it is the same word without its hamza (مساله, مسوول, هیات), not another word that
   * folds alike (تأم folds to تام «complete», تئم to تیم «team», ملأ to ملا «mullah»).
   */
  void linkInto(Map<String, String> canonical, Map<String, Long> frequency) {
    for (Map.Entry<String, TreeSet<String>> group : bySkeleton.entrySet()) {
      long seatedFrequency = seated.getOrDefault(group.getKey(), 0L);
      List<String> spellings =
          group.getValue().stream().filter(s -> sameWord(s, seatedFrequency)).toList();
      if (spellings.size() < 2) {
        continue;
      }
      String chosen = mostFrequent(spellings, frequency);
      for (String s : spellings) {
        if (!s.equals(chosen)) {
          canonical.putIfAbsent(s, chosen);
        }
      }
    }
  }

  /**
   * Whether the seatless writing of a folded spelling is that spelling's word: not far commoner
   * than the group's seated spellings, nor than its own seated spelling where the web counted it.
   */
  private boolean sameWord(String folded, long groupSeated) {
    long without = withoutSeat.getOrDefault(folded, 0L);
    long own = seatedForm.getOrDefault(folded, 0L);
    return without <= OTHER_WORD_RATIO * Math.max(1, groupSeated)
        && (own == 0 || without <= OTHER_WORD_OWN_RATIO * own);
  }

  private static String mostFrequent(List<String> spellings, Map<String, Long> frequency) {
    String chosen = spellings.get(0);
    for (String s : spellings) {
      if (frequency.getOrDefault(s, 0L) > frequency.getOrDefault(chosen, 0L)) {
        chosen = s;
      }
    }
    return chosen;
  }

  private static boolean hasSeat(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (SEATS.indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String skeleton(String word) {
    StringBuilder s = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char folded = SEATS.indexOf(c) >= 0 ? '*' : SearchFolding.fold(c);
      if (folded != SearchFolding.DELETE) {
        s.append(folded);
      }
    }
    return s.toString();
  }
}
