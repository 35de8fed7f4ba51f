package ir.khabar.core.index;

import ir.khabar.core.Article;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Related news": Lucene's MoreLikeThis over the article's own words, analysed as the index analyses
 * them, with the article's story left out so the related list never repeats what the reader is reading.
 */
final class RelatedArticles {
  /** Below this many articles, document frequencies are too coarse to cut common words by them. */
  private static final int LARGE = 200;
  private final Analyzer indexAnalyzer;

  RelatedArticles(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  List<Article> find(IndexSearcher searcher, Article article, int limit) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(indexAnalyzer);
    mlt.setFieldNames(new String[] {ArticleDocuments.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(25);
    mlt.setMinWordLen(2);
    if (searcher.getIndexReader().numDocs() >= LARGE) {
      // Words in more than a fifth of the news say little about what this article is about.
      mlt.setMaxDocFreqPct(20);
    }
    Query like = mlt.like(ArticleDocuments.TEXT, new StringReader(article.fullText()));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, Occur.MUST)
        .add(new TermQuery(new Term(ArticleDocuments.ID, article.id())), Occur.MUST_NOT);
    if (article.story() != null) {
      b.add(new TermQuery(new Term(ArticleDocuments.STORY, article.story())), Occur.MUST_NOT);
    }
    Query query = b.build();
    TopDocs top = searcher.search(query, limit * 4 + 10);
    List<Article> out = new ArrayList<>();
    for (StoryCollapse.Representative r : StoryCollapse.collapse(searcher, top.scoreDocs, 0, limit)) {
      out.add(ArticleDocuments.toArticle(searcher.storedFields().document(r.doc().doc)));
    }
    return out;
  }
}
