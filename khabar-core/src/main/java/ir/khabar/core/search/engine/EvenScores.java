package ir.khabar.core.search.engine;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Whether a query gives every article it matches the same score. A term of the stopwords field does
 * (the field keeps no lengths and no counts: «است» is in an article or not), and so do required
 * clauses that each do, and filters. Ranked by relevance, such a query's answers tie on score and
 * come in date order; asking for that order lets the index skip by date instead of scoring every
 * match (nearly every article, for «است»).
 */
final class EvenScores {
  private EvenScores() {}

  static boolean of(Query q) {
    if (q instanceof TermQuery t) {
      return t.getTerm().field().equals(ArticleDocuments.STOPS);
    }
    if (q instanceof BoostQuery b) {
      return of(b.getQuery());
    }
    if (q instanceof ConstantScoreQuery || q instanceof MatchAllDocsQuery) {
      return true;
    }
    if (q instanceof BooleanQuery b) {
      return evenBoolean(b);
    }
    return false;
  }

  /** Required clauses that each score evenly; an optional one only when it is the only one. */
  private static boolean evenBoolean(BooleanQuery b) {
    int scoring = 0;
    boolean optional = false;
    for (BooleanClause c : b.clauses()) {
      if (!c.isScoring()) {
        continue;
      }
      scoring++;
      optional |= c.getOccur() == Occur.SHOULD;
      if (!of(c.getQuery())) {
        return false;
      }
    }
    return !optional || scoring == 1;
  }
}
