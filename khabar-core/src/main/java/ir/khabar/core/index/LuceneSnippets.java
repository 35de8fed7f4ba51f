package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.Snippets;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * {@link Snippets}' rules on Lucene's unified highlighter, over the body of each hit. The words are
 * found where the text field's postings keep their offsets (title, lead and body are one text
 * there; see {@link BodyOffsets}), so the bodies shown are not analysed again. An index made before
 * the offsets (see {@link IndexLayout}) is re-analysed, as it always was.
 */
final class LuceneSnippets {
  private final Analyzer analyzer;
  private final boolean reanalyse;

  LuceneSnippets(Analyzer analyzer) {
    this(analyzer, false);
  }

  /** {@code reanalyse}: analyse the bodies even where offsets are kept (tests compare the two). */
  LuceneSnippets(Analyzer analyzer, boolean reanalyse) {
    this.analyzer = analyzer;
    this.reanalyse = reanalyse;
  }

  /**
   * The marked passages of each article's body (its first sentences when the body holds no match),
   * null where the query has nothing to mark or the article no body.
   */
  String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs, Article[] articles)
      throws IOException {
    String[] out = new String[docs.length];
    Query marked = Snippets.marked(query);
    if (marked == null) {
      return out;
    }
    BodyHighlighter highlighter = new BodyHighlighter(builder(searcher, query), reanalyse);
    FieldHighlighter body = highlighter.forQuery(marked);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < docs.length; i++) {
      String text = articles[i].leadAndBody();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
      highlighter.offsets().startAt(articles[i].fullText().length() - text.length());
      Object marks =
          body.highlightFieldForDoc(
              leaf.reader(),
              docs[i].doc - leaf.docBase,
              text.length() > Snippets.MAX_ANALYSED
                  ? text.substring(0, Snippets.MAX_ANALYSED)
                  : text);
      out[i] = marks == null ? null : Snippets.cut(marks.toString());
    }
    return out;
  }

  private UnifiedHighlighter.Builder builder(IndexSearcher searcher, Query query) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFieldMatcher(field -> true)
        .withWeightMatches(true)
        .withFormatter(new Snippets.PhraseFormatter(Snippets.phrases(query)))
        .withMaxLength(Snippets.MAX_ANALYSED);
  }

  /** The highlighter over the text field, its offsets shifted to the body. */
  private static final class BodyHighlighter extends UnifiedHighlighter {
    private final boolean reanalyse;
    private BodyOffsets offsets;

    BodyHighlighter(Builder builder, boolean reanalyse) {
      super(builder);
      this.reanalyse = reanalyse;
    }

    FieldHighlighter forQuery(Query marked) {
      return getFieldHighlighter(
          ArticleDocuments.TEXT, marked, extractTerms(marked), Snippets.PASSAGES);
    }

    BodyOffsets offsets() {
      return offsets;
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
      return reanalyse ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
    }

    /**
     * The postings even for a prefix: the highlighter would analyse the text to find the terms a
     * prefix stands for, but the query's weight matches them in the postings themselves.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
      OffsetSource optimized = super.getOptimizedOffsetSource(components);
      return optimized == OffsetSource.ANALYSIS
              && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
          ? OffsetSource.POSTINGS
          : optimized;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      offsets = new BodyOffsets(super.getOffsetStrategy(source, components), components);
      return offsets;
    }
  }
}
