package ir.khabar.core.understand.entities;

import ir.khabar.persian.text.SearchFolding;
import java.util.Set;

/**
 * Where a person's name read from a given name goes on past the words that would end it: Arabic
 * lineage («محمد بن سعود»), a closing quote mark («محمدرضا اسلام لو») and a family name from a
 * place with «آبادی» written apart («قربانعلی دری نجف آبادی»).
 */
final class WholeNames {
  private WholeNames() {}

  /** «بن», «بنت», «ابن» between a given name and the father's: the Arabic name goes on. */
  private static final Set<String> LINEAGE = Words.folded("بن", "بنت", "ابن");

  /** Whether token j is a word of lineage with a name after it («بن سعود»). */
  static boolean lineage(Scan s, int j) {
    return j + 1 < s.size()
        && s.adjacent(j - 1)
        && s.adjacent(j)
        && LINEAGE.contains(s.key(j))
        && PersonPatterns.nameWord(s, j + 1, true)
        && !Words.isTitleWord(s.key(j + 1));
  }

  private static final String NISBA = SearchFolding.fold("آبادی");

  /** Whether a word and «آبادی» written apart follow from j: a family name (نجف آبادی). */
  static boolean nisba(Scan s, int j) {
    return j + 1 < s.size()
        && s.adjacent(j - 1)
        && s.adjacent(j)
        && s.key(j + 1).equals(NISBA)
        && !s.breaks(j);
  }

  /**
   * Where a name that opens a quotation ends: at the closing mark, when only name words stand
   * before it («محمد بن سعود» is read whole, not «محمد بن»); else {@code to}.
   */
  static int quotedEnd(Scan s, int from, int to) {
    if (!s.quotedFrom(from)) {
      return to;
    }
    for (int k = to - 1; k < Math.min(s.size(), from + PersonPatterns.MAX_NAME + 1); k++) {
      if (k >= to && !(s.adjacent(k - 1) && PersonPatterns.nameWord(s, k, true))) {
        return to;
      }
      if (closes(s, k)) {
        return k + 1;
      }
    }
    return to;
  }

  /** Whether a closing quote mark follows token k. */
  private static boolean closes(Scan s, int k) {
    int p = s.end(k);
    while (p < s.text.length() && s.text.charAt(p) == ' ') {
      p++;
    }
    return p < s.text.length() && "»\"”".indexOf(s.text.charAt(p)) >= 0;
  }
}
