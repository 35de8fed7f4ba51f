package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.engine.SearchPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * A page of every match of a plan, no story folded, in the plan's order and without snippets: what
 * feeds and exports list (a trend counts the same matches in {@link PublishedCounts}).
 */
final class EveryMatch {
  private EveryMatch() {}

  static SearchResult page(IndexSearcher searcher, SearchPlan plan) throws IOException {
    SearchRequest r = plan.request();
    TopDocs top =
        searcher.search(plan.query(), r.offset() + r.limit(), LuceneSorts.of(plan.order()), true);
    ScoreDoc[] docs =
        Arrays.copyOfRange(
            top.scoreDocs, Math.min(r.offset(), top.scoreDocs.length), top.scoreDocs.length);
    Article[] articles = RankedPages.articles(searcher, docs);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      hits.add(new Hit(articles[i], "", Float.isNaN(docs[i].score) ? 0 : docs[i].score, 0));
    }
    return plan.result(searcher.count(plan.query()), hits);
  }
}
