package ir.khabar.persian.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Terms an analyzer makes of a text. */
final class AnalysisTestSupport {
  static final Analyzer INDEX = KhabarAnalyzer.forIndex();
  static final Analyzer QUERY = KhabarAnalyzer.forQuery();

  private AnalysisTestSupport() {}

  static List<String> terms(Analyzer analyzer, String text) {
    return Terms.of(analyzer, "text", text);
  }

  /** True when every query term of {@code query} is among the index terms of {@code document}. */
  static boolean matches(String query, String document) {
    List<String> doc = terms(INDEX, document);
    List<String> q = terms(QUERY, query);
    return !q.isEmpty() && doc.containsAll(q);
  }
}
