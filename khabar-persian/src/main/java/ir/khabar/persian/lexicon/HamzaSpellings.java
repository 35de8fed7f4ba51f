package ir.khabar.persian.lexicon;

import ir.khabar.persian.text.SearchFolding;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Links the spellings of one word that differ only in the seat of its hamza (مسئله / مسأله,
 * مسئول / مسؤول), when the lists spell that word both ways. Folding gives each seat its own letter
 * (ئ → ی, ؤ → و, أ → ا), so مسئول folds to مسیول and مسؤول to مسوول; only a word the lists hold in both
 * spellings is linked, which keeps ملی (national) apart from ملا (mullah), although ملأ folds to ملا.
 */
final class HamzaSpellings {
  private static final String SEATS = "\u0626\u0624\u0623\u0625";
  /** The written words with a hamza on a seat, grouped by their letters with the seat blanked out. */
  private final Map<String, TreeSet<String>> bySkeleton = new HashMap<>();

  void add(String written) {
    if (hasSeat(written)) {
      bySkeleton.computeIfAbsent(skeleton(written), k -> new TreeSet<>()).add(SearchFolding.fold(written));
    }
  }

  /** Every folded spelling of a word spelled with two seats or more, linked to one of them. */
  void linkInto(Map<String, String> canonical, Map<String, Long> frequency) {
    for (TreeSet<String> spellings : bySkeleton.values()) {
      if (spellings.size() < 2) {
        continue;
      }
      String chosen = spellings.first();
      for (String s : spellings) {
        if (frequency.getOrDefault(s, 0L) > frequency.getOrDefault(chosen, 0L)) {
          chosen = s;
        }
      }
      for (String s : spellings) {
        if (!s.equals(chosen)) {
          canonical.putIfAbsent(s, chosen);
        }
      }
    }
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
