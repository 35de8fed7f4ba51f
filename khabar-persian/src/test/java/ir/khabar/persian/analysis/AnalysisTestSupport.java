package ir.khabar.persian.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Terms an analyzer makes of a text. */
final class AnalysisTestSupport {
  static final Analyzer INDEX = KhabarAnalyzer.forIndex();
  static final Analyzer QUERY = KhabarAnalyzer.forQuery();

  private AnalysisTestSupport() {}

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** True when every query term of {@code query} is among the index terms of {@code document}. */
  static boolean matches(String query, String document) {
    List<String> doc = terms(INDEX, document);
    List<String> q = terms(QUERY, query);
    return !q.isEmpty() && doc.containsAll(q);
  }
}
