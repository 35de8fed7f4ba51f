package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Compounds;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * One analyzer thread's {@link WordLookup}s by token: news vocabulary is Zipfian, so most tokens
 * are found here and cost one hash lookup. Emptied when it reaches its limit.
 */
final class WordLookups {
  private static final int LIMIT = 50_000;

  private final Compounds compounds;
  private final CharArrayMap<WordLookup> byText = new CharArrayMap<>(1024, false);

  WordLookups(Compounds compounds) {
    this.compounds = compounds;
  }

  /** The lookup of the token in {@code chars[0, length)}. */
  WordLookup of(char[] chars, int length) {
    WordLookup word = byText.get(chars, 0, length);
    if (word == null) {
      if (byText.size() >= LIMIT) {
        byText.clear();
      }
      char[] text = Arrays.copyOf(chars, length);
      word = new WordLookup(text, compounds.startingWith(text, length));
      byText.put(text, word);
    }
    return word;
  }
}
