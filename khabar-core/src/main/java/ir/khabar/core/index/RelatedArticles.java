package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.RelatedRules;
import ir.khabar.core.search.engine.StoryCollapse;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Related news": Lucene's MoreLikeThis over the article's own words, analysed as the index
 * analyses them, with the article's story left out so the related list never repeats what the
 * reader is reading.
 */
final class RelatedArticles {
  private final Analyzer indexAnalyzer;

  RelatedArticles(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  List<Article> find(IndexSearcher searcher, Article article, int limit) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(indexAnalyzer);
    mlt.setFieldNames(new String[] {RelatedRules.FIELD});
    mlt.setMinTermFreq(RelatedRules.MIN_TERM_FREQ);
    mlt.setMinDocFreq(RelatedRules.MIN_DOC_FREQ);
    mlt.setMaxQueryTerms(RelatedRules.MAX_QUERY_TERMS);
    mlt.setMinWordLen(RelatedRules.MIN_WORD_LENGTH);
    if (searcher.getIndexReader().numDocs() >= RelatedRules.LARGE) {
      mlt.setMaxDocFreqPct(RelatedRules.MAX_DOC_FREQ_PCT);
    }
    Query like = mlt.like(RelatedRules.FIELD, new StringReader(article.fullText()));
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(like, Occur.MUST)
            .add(new TermQuery(new Term(ArticleDocuments.ID, article.id())), Occur.MUST_NOT);
    if (article.story() != null) {
      b.add(new TermQuery(new Term(ArticleDocuments.STORY, article.story())), Occur.MUST_NOT);
    }
    Query query = b.build();
    TopDocs top = searcher.search(query, StoryCollapse.relatedOverFetch(limit));
    ScoreDoc[] page =
        HitStories.collapse(searcher, top.scoreDocs, 0, limit).stream()
            .map(StoryCollapse.Representative::hit)
            .toArray(ScoreDoc[]::new);
    return Arrays.asList(RankedPages.articles(searcher, page));
  }
}
