package ir.khabar.core.index;

import ir.khabar.core.search.engine.Snippets;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * {@link Snippets}' rules on Lucene's unified highlighter, over the body re-analysed for the page's
 * hits.
 */
final class LuceneSnippets {
  private final Analyzer analyzer;

  LuceneSnippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The marked passages of each document, null where the body holds no match. */
  String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFieldMatcher(field -> true)
            .withWeightMatches(true)
            .withFormatter(new Snippets.PhraseFormatter(Snippets.phrases(query)))
            .withMaxLength(Snippets.MAX_ANALYSED)
            .build();
    TopDocs top = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    Query marked = Snippets.marked(query);
    return marked == null
        ? new String[docs.length]
        : highlighter.highlight(Snippets.FIELD, marked, top, Snippets.PASSAGES);
  }
}
