package ir.khabar.core.index;

import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.engine.AbstractSearchEngine;
import ir.khabar.core.search.engine.DidYouMean;
import ir.khabar.core.search.engine.PrefixTerms;
import ir.khabar.core.search.engine.SearchPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;

/**
 * One request's look at the index: the searcher refreshed to the latest commit, held until closed,
 * and what each part of a request asks of it (ranked pages, every match, a trend's counts, facets,
 * the terms for joins, prefixes and suggestions).
 */
final class LuceneView implements AbstractSearchEngine.View {
  private final SearcherManager searchers;
  private final IndexSearcher searcher;
  private final RankedPages pages;

  private LuceneView(SearcherManager searchers, IndexSearcher searcher, RankedPages pages) {
    this.searchers = searchers;
    this.searcher = searcher;
    this.pages = pages;
  }

  static LuceneView open(SearcherManager searchers, RankedPages pages) throws IOException {
    searchers.maybeRefresh();
    return new LuceneView(searchers, searchers.acquire(), pages);
  }

  @Override
  public int docFreq(Term t) {
    try {
      return searcher.getIndexReader().docFreq(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public SearchResult run(SearchPlan plan) throws IOException {
    return pages.run(searcher, plan);
  }

  @Override
  public SearchResult matches(SearchPlan plan) throws IOException {
    return EveryMatch.page(searcher, plan);
  }

  @Override
  public long[] span(Query query) throws IOException {
    return PublishedCounts.span(searcher, query);
  }

  @Override
  public List<Map<String, Long>> countRanges(Query query, long[] edges) throws IOException {
    return PublishedCounts.ranges(searcher, query, edges);
  }

  @Override
  public Map<Entity.Type, List<FacetCount>> facets(Query query, int top) throws IOException {
    return EntityFacets.count(searcher, query, top);
  }

  @Override
  public DidYouMean.Vocabulary vocabulary() {
    return new IndexVocabulary(searcher.getIndexReader());
  }

  @Override
  public PrefixTerms prefixes() {
    return PrefixTerms.of(searcher.getIndexReader());
  }

  @Override
  public void close() throws IOException {
    searchers.release(searcher);
  }
}
