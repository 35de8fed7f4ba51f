package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.Feedback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/** {@link Feedback}'s first pass in a Lucene index laid out by {@link ArticleDocuments}. */
public final class LuceneFeedback {
  private LuceneFeedback() {}

  /**
   * The query to rank with: the first pass's {@link Feedback#DOCS} best articles (in {@code order})
   * read from their stored articles.
   */
  public static Query expand(
      IndexSearcher searcher, Query query, Sort order, Analyzer indexAnalyzer) throws IOException {
    if (Feedback.textTerms(query) == 0) {
      return query;
    }
    ScoreDoc[] first = searcher.search(query, Feedback.DOCS, order, true).scoreDocs;
    Article[] articles = RankedPages.articles(searcher, first);
    List<Feedback.Doc> top = new ArrayList<>();
    for (int i = 0; i < first.length; i++) {
      top.add(
          new Feedback.Doc(
              Feedback.text(articles[i].title(), articles[i].leadAndBody()), first[i].score));
    }
    return Feedback.expand(query, top, indexAnalyzer);
  }
}
