package ir.khabar.core.search.engine;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How far a typed word is from an index term, weighted for how Persian is mistyped: letters that
 * sound alike (ز ذ ض ظ, س ص ث, ت ط, ه ح, ق غ, ا ع) are near, and so is a dropped or added long
 * vowel (پوتن for پوتین); other edits cost one. A Damerau–Levenshtein distance with those weights.
 */
final class SpellingDistance {
  private static final String[] ALIKE = {
    "زذضظژ", "سصث", "تط", "هحخ", "قغ", "اعآءئأؤ", "بپ", "جچ", "کگ", "یئ", "وؤ"
  };
  private static final String VOWELS = "اویه";
  private static final double ALIKE_COST = 0.4;
  private static final double VOWEL_COST = 0.6;
  private static final double SWAP_COST = 0.8;

  private SpellingDistance() {}

  static double between(String a, String b) {
    int n = a.length();
    int m = b.length();
    double[][] d = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      d[i][0] = d[i - 1][0] + indel(a.charAt(i - 1));
    }
    for (int j = 1; j <= m; j++) {
      d[0][j] = d[0][j - 1] + indel(b.charAt(j - 1));
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        double best = Math.min(d[i - 1][j] + indel(x), d[i][j - 1] + indel(y));
        best = Math.min(best, d[i - 1][j - 1] + substitution(x, y));
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
          best = Math.min(best, d[i - 2][j - 2] + SWAP_COST);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }

  /**
   * The words one cheap edit from {@code word}: a letter swapped for one that sounds alike, or a
   * long vowel dropped or added. A typo is corrected in these letters before the stemmer reads it
   * (مزاکرات → مذاکرات), which the index's stems alone cannot do.
   */
  static Set<String> cheapEdits(String word) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      for (String group : ALIKE) {
        if (group.indexOf(c) >= 0) {
          for (char other : group.toCharArray()) {
            out.add(word.substring(0, i) + other + word.substring(i + 1));
          }
        }
      }
      if (VOWELS.indexOf(c) >= 0) {
        out.add(word.substring(0, i) + word.substring(i + 1));
      }
    }
    for (int i = 1; i < word.length(); i++) {
      for (char vowel : VOWELS.toCharArray()) {
        out.add(word.substring(0, i) + vowel + word.substring(i));
      }
    }
    out.remove(word);
    return out;
  }

  private static double indel(char c) {
    return VOWELS.indexOf(c) >= 0 ? VOWEL_COST : 1;
  }

  private static double substitution(char x, char y) {
    if (x == y) {
      return 0;
    }
    for (String group : ALIKE) {
      if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) {
        return ALIKE_COST;
      }
    }
    return 1;
  }
}
