package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.Feedback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/** {@link Feedback}'s first pass in a Lucene index laid out by {@link ArticleDocuments}. */
public final class LuceneFeedback {
  private static final Set<String> READ = Set.of(ArticleDocuments.TITLE, ArticleDocuments.BODY);

  private LuceneFeedback() {}

  /**
   * The query to rank with: the first pass's {@link Feedback#DOCS} best articles (in {@code order})
   * read from their stored title and body.
   */
  public static Query expand(
      IndexSearcher searcher, Query query, Sort order, Analyzer indexAnalyzer) throws IOException {
    if (Feedback.textTerms(query) == 0) {
      return query;
    }
    List<Feedback.Doc> top = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, Feedback.DOCS, order, true).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc, READ);
      top.add(
          new Feedback.Doc(
              Feedback.text(d.get(ArticleDocuments.TITLE), d.get(ArticleDocuments.BODY)),
              sd.score));
    }
    return Feedback.expand(query, top, indexAnalyzer);
  }
}
