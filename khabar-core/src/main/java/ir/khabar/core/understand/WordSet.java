package ir.khabar.core.understand;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of folded words that a text may also write as two («اداره کل» for اداره‌کل, «روابط عمومی»),
 * asked of one word or of two read as one. Two words are joined to be looked up only when the first
 * starts a word of the set: most pairs of a text do not, and a rule asking of each pair built a
 * string for each.
 */
public final class WordSet {
  private final Set<String> words;

  /** Every prefix of every word, the empty one and the whole word included. */
  private final Set<String> starts = new HashSet<>();

  private WordSet(Set<String> words) {
    this.words = words;
    for (String w : words) {
      for (int n = 0; n <= w.length(); n++) {
        starts.add(w.substring(0, n));
      }
    }
  }

  public static WordSet of(Collection<String> folded) {
    return new WordSet(Set.copyOf(folded));
  }

  public boolean contains(String word) {
    return words.contains(word);
  }

  /**
   * Whether a word of the set starts with {@code first}: the pairs {@link #containsJoined} asks.
   */
  public boolean mayStartJoined(String first) {
    return starts.contains(first);
  }

  /** Whether {@code first} and {@code second} written as one are a word of the set. */
  public boolean containsJoined(String first, String second) {
    return starts.contains(first) && words.contains(first + second);
  }
}
