package ir.khabar.core.index;

import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.engine.SearchPlan;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * How many articles a query matches, as the ranking counted them: exact up to {@link
 * SearchResult#EXACT_TOTAL}; past it exact only where each segment knows its count without reading
 * the matches (a single term with no deletions, every article), else the ranking's lower bound.
 * Counting a phrase of common words past the threshold would read every match's positions a second
 * time for a number no reader needs exactly.
 */
record MatchTotals(long value, boolean exact) {

  /**
   * The total of {@code query}, given the ranking's count of it (or of a query with the same
   * matches).
   */
  static MatchTotals of(IndexSearcher searcher, Query query, TotalHits counted) throws IOException {
    if (counted.relation == TotalHits.Relation.EQUAL_TO) {
      return new MatchTotals(counted.value, true);
    }
    long known = knownCount(searcher, query);
    return known < 0 ? new MatchTotals(counted.value, false) : new MatchTotals(known, true);
  }

  /** The count every segment gives without reading matches, or -1 when one cannot. */
  private static long knownCount(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    long sum = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int count = weight.count(leaf);
      if (count < 0) {
        return -1;
      }
      sum += count;
    }
    return sum;
  }

  SearchResult result(SearchPlan plan, List<Hit> hits) {
    return plan.result(value, exact, hits);
  }
}
