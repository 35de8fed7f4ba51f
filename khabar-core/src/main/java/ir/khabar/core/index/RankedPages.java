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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

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
    TopDocs top = searcher.search(ranked, plan.fetch(), LuceneSorts.of(plan.order()), true);
    List<Hit> hits =
        hits(
            searcher,
            plan.snippets() ? query : null,
            top,
            plan.request().offset(),
            plan.request().limit());
    return plan.result(total(searcher, query, ranked, top), hits);
  }

  /**
   * How many articles match: the ranking's own count when it counted every match of the same query
   * (fewer than Lucene's threshold, or no match skipped), else a count of its own, which for a
   * phrase reads every match's positions again.
   */
  private static long total(IndexSearcher searcher, Query query, Query ranked, TopDocs top)
      throws IOException {
    return ranked == query && top.totalHits.relation == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value
        : searcher.count(query);
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
