package ir.khabar.core.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * One hit per story: the best-ranked version of each story stands for it, with the number of other
 * versions stored (the "N more from other agencies" of a results page).
 */
final class StoryCollapse {
  /** A representative hit and how many other versions its story has. */
  record Representative(ScoreDoc doc, String story, int others) {}

  private static final Set<String> STORY_FIELD = Set.of(ArticleDocuments.STORY);

  private StoryCollapse() {}

  static List<Representative> collapse(IndexSearcher searcher, ScoreDoc[] ranked, int offset, int limit)
      throws IOException {
    List<Representative> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int kept = 0;
    for (ScoreDoc sd : ranked) {
      String story = searcher.storedFields().document(sd.doc, STORY_FIELD).get(ArticleDocuments.STORY);
      if (story != null && !seen.add(story)) {
        continue;
      }
      if (kept++ < offset) {
        continue;
      }
      int size = story == null ? 1 : searcher.count(new TermQuery(new Term(ArticleDocuments.STORY, story)));
      out.add(new Representative(sd, story, Math.max(0, size - 1)));
      if (out.size() == limit) {
        break;
      }
    }
    return out;
  }
}
