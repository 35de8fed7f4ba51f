package ir.khabar.persian.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/** Terms an analyzer makes of a text. */
final class AnalysisTestSupport {
  static final Analyzer INDEX = KhabarAnalyzer.forIndex();
  static final Analyzer QUERY = KhabarAnalyzer.forQuery();

  /** The index chain as a Solr schema builds it, filter by filter, from the factories' names. */
  static final Analyzer BY_NAME = byName();

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

  private static Analyzer byName() {
    try {
      return CustomAnalyzer.builder()
          .addCharFilter(PersianFoldingCharFilterFactory.NAME)
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter(PersianSpacingFilterFactory.NAME, "keepParts", "true")
          .addTokenFilter(PersianStopFilterFactory.NAME)
          .addTokenFilter(PersianStemFilterFactory.NAME)
          .addTokenFilter(PersianSpellingFilterFactory.NAME)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
