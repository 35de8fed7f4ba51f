package ir.khabar.core.search.engine;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.Trend;
import ir.khabar.core.search.TrendInterval;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.Stories;
import ir.khabar.core.stories.StoryCandidate;
import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What every engine does the same way, written once: the duplicate check of {@link #add}, search,
 * browse and facets from one {@link SearchPlan}, and story candidates without crowded bands ({@link
 * Stories#CROWDED_BAND}). An engine supplies its translation: how it stores, counts terms, runs a
 * plan and reads fingerprints.
 */
public abstract class AbstractSearchEngine implements SearchEngine {
  /** At most this many versions of one story are read. */
  public static final int MAX_STORY = 500;

  private final Set<String> addedSinceCommit = ConcurrentHashMap.newKeySet();
  private final Analyzer queryAnalyzer;
  private final boolean stopwordsField;

  protected AbstractSearchEngine(Analyzer queryAnalyzer) {
    this(queryAnalyzer, true);
  }

  /** {@code stopwordsField}: whether the engine's documents keep their stopwords apart. */
  protected AbstractSearchEngine(Analyzer queryAnalyzer, boolean stopwordsField) {
    this.stopwordsField = stopwordsField;
    this.queryAnalyzer = queryAnalyzer;
  }

  /** One consistent look at the stored articles for the length of one request. */
  public interface View extends Closeable {
    /** How many stored articles hold the term: the query factory's joins and splits. */
    int docFreq(Term term);

    /** The page the plan asks for, one hit per story. */
    SearchResult run(SearchPlan plan) throws IOException;

    /** The page the plan asks for, every match (no story folded), without snippets. */
    SearchResult matches(SearchPlan plan) throws IOException;

    /** The earliest and latest publication (epoch ms) of the query's matches; null for none. */
    long[] span(Query query) throws IOException;

    /**
     * Per range of {@link TrendBuckets#edges}, how many of the query's matches each {@link
     * ArticleDocuments#SOURCE_FACET} value has.
     */
    List<Map<String, Long>> countRanges(Query query, long[] edges) throws IOException;

    /** The entity facets of every article the query matches. */
    Map<Entity.Type, List<FacetCount>> facets(Query query, int top) throws IOException;

    /** The stored terms a {@code prefix*} of the query expands to. */
    PrefixTerms prefixes();

    /** The stored text's terms, for a suggestion when a search finds little. */
    DidYouMean.Vocabulary vocabulary();
  }

  /** The stored story bands, for one fingerprint's candidates. */
  public interface Bands extends Closeable {
    /** How many stored articles hold each band (absent: none). */
    Map<String, Integer> docFreqs(List<String> bands) throws IOException;

    /**
     * The fingerprints of at most {@code max} articles holding the most of {@code query}'s bands.
     */
    List<StoryCandidate> candidates(Query query, int max) throws IOException;

    /** The query for one band; an engine may reuse what {@link #docFreqs} looked up. */
    default TermQuery band(Term term) {
      return new TermQuery(term);
    }

    /**
     * At most {@code max} stored articles holding the most of the bands that are open (held by 1 to
     * {@link Stories#CROWDED_BAND} articles), lowest article ids first among equals (document ids
     * move when segments merge). By default {@link #byQuery}; an engine that can count the bands
     * itself may do it another way, with the same answer.
     */
    default List<StoryCandidate> sharing(List<String> bands, int max) throws IOException {
      return byQuery(this, bands, max);
    }

    /** The open bands' document frequencies, then one query of those bands. */
    static List<StoryCandidate> byQuery(Bands stored, List<String> bands, int max)
        throws IOException {
      Map<String, Integer> df = stored.docFreqs(bands);
      List<String> open =
          bands.stream()
              .filter(
                  b -> {
                    int n = df.getOrDefault(b, 0);
                    return n > 0 && n <= Stories.CROWDED_BAND;
                  })
              .toList();
      return open.isEmpty() ? List.of() : stored.candidates(anyBand(open, stored::band), max);
    }

    private static Query anyBand(List<String> bands, Function<Term, TermQuery> band) {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String b : bands) {
        q.add(
            new ConstantScoreQuery(band.apply(new Term(ArticleDocuments.BANDS, b))), Occur.SHOULD);
      }
      return q.build();
    }
  }

  protected abstract View view() throws IOException;

  protected abstract Bands bands() throws IOException;

  /** Whether an article with this id, or else with this text, is stored (committed or sent). */
  protected abstract boolean isStored(String id, String textKey) throws IOException;

  /** Whether an article with this id was stored by the last commit (or is visible otherwise). */
  protected abstract boolean isStored(String id) throws IOException;

  /** Stores a new article; called once per id and text between commits. */
  protected abstract void store(Article article, Fingerprint fingerprint, String textKey)
      throws IOException;

  /** Makes what {@link #store} was given durable and visible. */
  protected abstract void commitStored() throws IOException;

  /** Safe to call from several threads at once; {@link #commit()} must not run meanwhile. */
  @Override
  public final boolean add(Article article, Fingerprint fingerprint) throws IOException {
    String textKey = ArticleIds.textKey(article);
    String text = "text:" + textKey;
    if (addedSinceCommit.contains(article.id())
        || addedSinceCommit.contains(text)
        || isStored(article.id(), textKey)
        || !addedSinceCommit.add(article.id())
        || !addedSinceCommit.add(text)) {
      return false;
    }
    store(article, fingerprint, textKey);
    return true;
  }

  @Override
  public final boolean contains(String id) throws IOException {
    return addedSinceCommit.contains(id) || isStored(id);
  }

  @Override
  public final void commit() throws IOException {
    commitStored();
    addedSinceCommit.clear();
  }

  /** Whether articles were added since the last commit. */
  protected final boolean uncommitted() {
    return !addedSinceCommit.isEmpty();
  }

  @Override
  public final SearchResult search(SearchRequest request) throws IOException {
    if (request.query().isBlank()) {
      return request.hasFilters() ? browse(request) : SearchPlan.nothing(request);
    }
    try (View view = view()) {
      SearchPlan plan =
          SearchPlan.search(request, queryAnalyzer, view::docFreq, view.prefixes(), stopwordsField);
      SearchResult result = plan == null ? SearchPlan.nothing(request) : view.run(plan);
      if (result.total() >= DidYouMean.FEW) {
        return result;
      }
      String suggestion = DidYouMean.suggest(request.query(), queryAnalyzer, view.vocabulary());
      return result.withSuggestion(suggestion == null ? null : asWritten(view, suggestion));
    }
  }

  /** The suggestion as the best article it finds writes its words. */
  private String asWritten(View view, String suggestion) throws IOException {
    SearchPlan plan =
        SearchPlan.search(
            SearchRequest.search(suggestion).limit(1).build(),
            queryAnalyzer,
            view::docFreq,
            view.prefixes(),
            stopwordsField);
    List<Hit> hits = plan == null ? List.of() : view.run(plan).hits();
    return hits.isEmpty() ? suggestion : DidYouMean.asWritten(suggestion, hits.get(0).article());
  }

  @Override
  public final SearchResult browse(SearchRequest request) throws IOException {
    try (View view = view()) {
      return view.run(SearchPlan.browse(request));
    }
  }

  @Override
  public final Map<Entity.Type, List<FacetCount>> facets(SearchRequest request, int top)
      throws IOException {
    try (View view = view()) {
      SearchPlan plan = everyMatch(request, view);
      return plan == null ? Map.of() : view.facets(plan.query(), top);
    }
  }

  @Override
  public final SearchResult matches(SearchRequest request) throws IOException {
    try (View view = view()) {
      SearchPlan plan = everyMatch(request, view);
      return plan == null ? SearchPlan.nothing(request) : view.matches(plan);
    }
  }

  @Override
  public final Trend trend(SearchRequest request, TrendInterval interval) throws IOException {
    try (View view = view()) {
      SearchPlan plan = everyMatch(request, view);
      long[] span = plan == null ? null : view.span(plan.query());
      if (span == null) {
        return new Trend(request.query(), interval, List.of());
      }
      List<LocalDate> starts = TrendBuckets.starts(interval, span[0], span[1]);
      return TrendBuckets.trend(
          request.query(),
          interval,
          starts,
          view.countRanges(plan.query(), TrendBuckets.edges(interval, starts)));
    }
  }

  /**
   * The plan over every article the request matches: a blank query browses its filters (all
   * articles without any); null when the words leave nothing to search.
   */
  private SearchPlan everyMatch(SearchRequest request, View view) {
    return request.query().isBlank()
        ? SearchPlan.browse(request)
        : SearchPlan.search(request, queryAnalyzer, view::docFreq, view.prefixes());
  }

  /**
   * Stored articles sharing a band with the fingerprint, most bands first; crowded bands are
   * skipped.
   */
  @Override
  public final List<StoryCandidate> storyCandidates(Fingerprint fingerprint, int max)
      throws IOException {
    List<String> bands = fingerprint.bands();
    if (bands.isEmpty()) {
      return List.of();
    }
    try (Bands stored = bands()) {
      return stored.sharing(bands, max);
    }
  }
}
