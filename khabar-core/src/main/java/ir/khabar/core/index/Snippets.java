package ir.khabar.core.index;

import ir.khabar.core.Article;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Highlighted snippets from the body, matches marked with {@code <mark>} and the text HTML-escaped. */
public final class Snippets {
  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }
  private static final int PASSAGES = 2;
  private static final int OPENING = 220;
  /** Snippets come from the first 20,000 characters: long bodies are not re-analysed to the end. */
  private static final int MAX_ANALYSED = 20_000;

  String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFieldMatcher(field -> true)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(MAX_ANALYSED)
        .build();
    TopDocs top = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    return highlighter.highlight(ArticleDocuments.BODY, query, top, PASSAGES);
  }

  /** The opening of the article, for hits whose body holds no match (a title-only match). */
  public static String opening(Article a) {
    String text = a.leadAndBody().isEmpty() ? a.title() : a.leadAndBody();
    int space = text.lastIndexOf(' ', OPENING);
    String cut = text.length() <= OPENING ? text : text.substring(0, space > 0 ? space : OPENING) + " …";
    return escape(cut);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
