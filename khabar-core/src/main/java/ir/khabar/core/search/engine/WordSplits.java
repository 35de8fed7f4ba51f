package ir.khabar.core.search.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The ways a word splits into two words of one term each (بهرهبرداری → بهره برداری). They depend on
 * the word and the analyzer alone, so they are worked out once per word (a query's words come
 * back), and a query only asks their document frequencies.
 */
final class WordSplits {
  private static final int PER_ANALYZER = 20_000;
  private static final Map<Analyzer, Map<String, List<String[]>>> KNOWN =
      Collections.synchronizedMap(new WeakHashMap<>());

  private WordSplits() {}

  /** Each split of {@code word} whose two sides {@code terms} makes one term each. */
  static List<String[]> of(Analyzer analyzer, String word, Function<String, List<String>> terms) {
    Map<String, List<String[]>> known = KNOWN.computeIfAbsent(analyzer, a -> bounded());
    List<String[]> splits = known.get(word);
    if (splits == null) {
      splits = new ArrayList<>(2);
      for (int k = 2; k <= word.length() - 2; k++) {
        List<String> left = terms.apply(word.substring(0, k));
        List<String> right = terms.apply(word.substring(k));
        if (left.size() == 1 && right.size() == 1) {
          splits.add(new String[] {left.get(0), right.get(0)});
        }
      }
      known.put(word, splits);
    }
    return splits;
  }

  private static Map<String, List<String[]>> bounded() {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, List<String[]>> eldest) {
            return size() > PER_ANALYZER;
          }
        });
  }
}
