package ir.khabar.core.search.engine;

import java.util.ArrayList;
import java.util.List;

/** The reader's words a query leaves out, to say so in "searched as". */
final class DroppedWords {
  private DroppedWords() {}

  /**
   * The reader's words the analyzer left out (stopwords): the words between the tokens' offsets.
   */
  static List<String> of(String text, List<QueryFactory.Token> tokens) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      int to = i < tokens.size() ? tokens.get(i).start() : text.length();
      if (to > from) {
        for (String w : text.substring(from, to).split("[^\\p{L}\\p{N}\\p{M}\u200c]+")) {
          if (!w.isEmpty()) {
            String shown = QueryFactory.display(w);
            if (!out.contains(shown)) {
              out.add(shown);
            }
          }
        }
      }
      if (i < tokens.size()) {
        from = Math.max(from, tokens.get(i).end());
      }
    }
    return out;
  }
}
