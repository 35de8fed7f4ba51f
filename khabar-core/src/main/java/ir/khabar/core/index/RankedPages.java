package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.ResultOrder;
import ir.khabar.core.search.engine.SearchPlan;
import ir.khabar.core.search.engine.StoryCollapse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The page a plan asks for, as the embedded engine answers it: ranked (with {@link LuceneFeedback}
 * where the plan asks for it) or newest first, read past the page and folded one hit per story
 * ({@link HitStories}); each article of the page is read once from its stored fields, for the hit
 * and for its snippet.
 */
final class RankedPages {
  private static final Set<String> JSON_FIELD = Set.of(ArticleDocuments.JSON);

  private final Analyzer indexAnalyzer;
  private final LuceneSnippets snippets;

  RankedPages(Analyzer indexAnalyzer, LuceneSnippets snippets) {
    this.indexAnalyzer = indexAnalyzer;
    this.snippets = snippets;
  }

  SearchResult run(IndexSearcher searcher, SearchPlan plan) throws IOException {
    Query query = plan.query();
    Query ranked = plan.order() == ResultOrder.NEWEST_FIRST ? query : ranking(searcher, plan);
    TopDocs top = top(searcher, ranked, plan);
    List<Hit> hits =
        hits(
            searcher,
            plan.snippets() ? query : null,
            top,
            plan.request().offset(),
            plan.request().limit());
    return MatchTotals.of(searcher, query, top.totalHits).result(plan, hits);
  }

  /**
   * The page's ranked hits, with scores, every match counted up to {@link
   * SearchResult#EXACT_TOTAL}; past it Lucene may skip what cannot make the page.
   */
  private static TopDocs top(IndexSearcher searcher, Query ranked, SearchPlan plan)
      throws IOException {
    Sort sort = LuceneSorts.of(plan.order()).rewrite(searcher);
    int n = Math.min(plan.fetch(), Math.max(1, searcher.getIndexReader().maxDoc()));
    TopDocs top =
        searcher.search(ranked, new TopFieldCollectorManager(sort, n, SearchResult.EXACT_TOTAL));
    scores(searcher, ranked, sort, top.scoreDocs);
    return top;
  }

  /**
   * Each hit's score: the one its sort already holds when relevance orders it (scoring the page
   * again was a tenth of a query's time), else computed for the page's hits.
   */
  private static void scores(IndexSearcher searcher, Query ranked, Sort sort, ScoreDoc[] docs)
      throws IOException {
    SortField[] fields = sort.getSort();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getType() == SortField.Type.SCORE) {
        for (ScoreDoc d : docs) {
          d.score = (Float) ((FieldDoc) d).fields[i];
        }
        return;
      }
    }
    TopFieldCollector.populateScores(docs, searcher, ranked);
  }

  /** The query a relevance order ranks with: with feedback where the plan asks for it. */
  private Query ranking(IndexSearcher searcher, SearchPlan plan) throws IOException {
    return plan.feedback()
        ? LuceneFeedback.expand(
            searcher, plan.query(), LuceneSorts.MOST_RELEVANT_FIRST, indexAnalyzer)
        : plan.query();
  }

  /**
   * One hit per story, the page asked for, with snippets (the opening when there is no query to
   * mark).
   */
  private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset, int limit)
      throws IOException {
    List<StoryCollapse.Representative<ScoreDoc>> page =
        HitStories.collapse(searcher, top.scoreDocs, offset, limit);
    ScoreDoc[] docs = page.stream().map(StoryCollapse.Representative::hit).toArray(ScoreDoc[]::new);
    Article[] articles = articles(searcher, docs);
    String[] marked =
        query == null
            ? new String[docs.length]
            : snippets.highlight(searcher, query, docs, articles);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      String story = page.get(i).story();
      int size =
          story == null
              ? 1
              : searcher.count(new TermQuery(new Term(ArticleDocuments.STORY, story)));
      hits.add(SearchPlan.hit(articles[i], marked[i], docs[i].score, size - 1));
    }
    return hits;
  }

  /** The stored articles, their JSON only read. */
  static Article[] articles(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    StoredFields stored = searcher.storedFields();
    Article[] articles = new Article[docs.length];
    for (int i = 0; i < docs.length; i++) {
      articles[i] = LuceneDocuments.toArticle(stored.document(docs[i].doc, JSON_FIELD));
    }
    return articles;
  }
}
