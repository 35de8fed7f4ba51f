package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.search.engine.AbstractSearchEngine;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.DidYouMean;
import ir.khabar.core.search.engine.PrefixTerms;
import ir.khabar.core.search.engine.ResultOrder;
import ir.khabar.core.search.engine.SearchPlan;
import ir.khabar.core.search.engine.StoryCollapse;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded engine: a Lucene index on disk, BM25, Khabar's Persian analysis. One process writes
 * (ingest, serve); any number may read ({@link #openReadOnly}). What both engines share lives in
 * {@link AbstractSearchEngine}; this class is its translation to Lucene.
 */
public final class LuceneSearchEngine extends AbstractSearchEngine {
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer indexAnalyzer;
  private final Function<String, Set<String>> stopwordsIn;
  private final LuceneSnippets snippets;
  private final RelatedArticles related;
  private final CommittedKeys committed;
  private final ReaderCache<String, List<Article>> relatedCache = new ReaderCache<>(2_000);
  private final ReaderCache<String, List<SourceCount>> sourcesCache = new ReaderCache<>(1);
  private static final Sort MOST_RELEVANT_FIRST = sort(ResultOrder.MOST_RELEVANT_FIRST);
  private static final Sort NEWEST_FIRST = sort(ResultOrder.NEWEST_FIRST);
  private static final Sort EARLIEST_FIRST = sort(ResultOrder.EARLIEST_FIRST);

  private LuceneSearchEngine(Directory directory, IndexWriter writer, Analysis analysis)
      throws IOException {
    super(analysis.query());
    this.directory = directory;
    this.writer = writer;
    this.indexAnalyzer = analysis.index();
    this.stopwordsIn = analysis.stopwordsIn();
    this.snippets = new LuceneSnippets(analysis.index());
    this.related = new RelatedArticles(analysis.index());
    this.searchers =
        writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    this.committed = new CommittedKeys(searchers);
  }

  /**
   * The analyzers documents are indexed and queries parsed with, and how to find the stopwords a
   * text holds (the index analyzer drops them from the text; see {@link ArticleDocuments#STOPS}).
   */
  public record Analysis(
      Analyzer index, Analyzer query, Function<String, Set<String>> stopwordsIn) {
    public static Analysis khabar() {
      return new Analysis(
          KhabarAnalyzer.forIndex(), KhabarAnalyzer.forQuery(), PersianText.get()::stopwordsIn);
    }

    /** Other analyzers, with no stopwords recorded apart. */
    public static Analysis of(Analyzer index, Analyzer query) {
      return new Analysis(index, query, text -> Set.of());
    }
  }

  /** Opens (creating when needed) the index in {@code dir} for writing and searching. */
  public static LuceneSearchEngine open(Path dir) throws IOException {
    return open(dir, Analysis.khabar());
  }

  /**
   * The same engine with other analyzers: how benchmarks compare Khabar's analysis with stock
   * Lucene's.
   */
  public static LuceneSearchEngine open(Path dir, Analysis analysis) throws IOException {
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analysis.index());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCodec(IndexCodec.get());
    IndexWriter w = new IndexWriter(d, config);
    w.commit();
    return new LuceneSearchEngine(d, w, analysis);
  }

  /** Opens an existing index for searching only; fails when there is none. */
  public static LuceneSearchEngine openReadOnly(Path dir) throws IOException {
    Directory d = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(d)) {
      d.close();
      throw new IOException("no Khabar index at " + dir + " (ingest something first)");
    }
    return new LuceneSearchEngine(d, null, Analysis.khabar());
  }

  /** Stores an article without a story fingerprint (tools and benchmarks that group no stories). */
  public boolean add(Article article) throws IOException {
    return add(article, null);
  }

  @Override
  protected void store(Article article, Fingerprint fingerprint, String textKey)
      throws IOException {
    requireWriter();
    writer.addDocument(
        LuceneDocuments.of(ArticleDocuments.of(article, fingerprint, textKey, stopwordsIn)));
  }

  /**
   * Whether the last commit holds the id or text. Checked on the current searcher without reopening
   * it: what was added since is remembered apart, and reopening per article would cost a refresh.
   */
  @Override
  protected boolean isStored(String id, String textKey) throws IOException {
    return committed.hasId(id) || committed.hasTextKey(textKey);
  }

  @Override
  protected boolean isStored(String id) throws IOException {
    return committed.hasId(id);
  }

  /**
   * Bulk-ingest settings on the writer (larger RAM buffer, higher merge floor) until the returned
   * handle is closed; then serving's again.
   */
  @Override
  public Closeable bulk() {
    requireWriter();
    return new BulkSettings(writer.getConfig());
  }

  /** The writer's live settings, as they are now (tests). */
  LiveIndexWriterConfig writerConfig() {
    requireWriter();
    return writer.getConfig();
  }

  @Override
  protected void commitStored() throws IOException {
    requireWriter();
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * The current searcher, as it is (the stories stage asks per article: a refresh each would cost).
   */
  @Override
  protected Bands bands() throws IOException {
    return new LuceneBands(searchers);
  }

  @Override
  public List<Article> story(String storyId) throws IOException {
    return withSearcher(
        searcher -> {
          TopDocs top =
              searcher.search(
                  new TermQuery(new Term(ArticleDocuments.STORY, storyId)),
                  MAX_STORY,
                  EARLIEST_FIRST);
          List<Article> out = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            out.add(LuceneDocuments.toArticle(searcher.storedFields().document(sd.doc)));
          }
          return out;
        });
  }

  /** The searcher refreshed to the latest commit, held for one request. */
  @Override
  protected View view() throws IOException {
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    return new View() {
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
        return LuceneSearchEngine.this.run(searcher, plan);
      }

      @Override
      public Map<Entity.Type, List<FacetCount>> facets(Query query, int top) throws IOException {
        return EntityFacets.count(searcher, query, top);
      }

      @Override
      public SearchResult matches(SearchPlan plan) throws IOException {
        return LuceneSearchEngine.this.matches(searcher, plan);
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
    };
  }

  private SearchResult run(IndexSearcher searcher, SearchPlan plan) throws IOException {
    Query query = plan.query();
    TopDocs top =
        plan.order() == ResultOrder.NEWEST_FIRST
            ? searcher.search(query, plan.fetch(), NEWEST_FIRST, true)
            : searcher.search(ranking(searcher, plan), plan.fetch(), MOST_RELEVANT_FIRST, true);
    List<Hit> hits =
        hits(
            searcher,
            plan.snippets() ? query : null,
            top,
            plan.request().offset(),
            plan.request().limit());
    return plan.result(searcher.count(query), hits);
  }

  /** A page of every match in the plan's order, stories not folded, without snippets. */
  private SearchResult matches(IndexSearcher searcher, SearchPlan plan) throws IOException {
    SearchRequest r = plan.request();
    Sort order = plan.order() == ResultOrder.NEWEST_FIRST ? NEWEST_FIRST : MOST_RELEVANT_FIRST;
    TopDocs top = searcher.search(plan.query(), r.offset() + r.limit(), order, true);
    List<Hit> hits = new ArrayList<>();
    for (int i = r.offset(); i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Article a = LuceneDocuments.toArticle(searcher.storedFields().document(sd.doc));
      hits.add(new Hit(a, "", Float.isNaN(sd.score) ? 0 : sd.score, 0));
    }
    return plan.result(searcher.count(plan.query()), hits);
  }

  /**
   * The query a relevance order ranks with: with {@link LuceneFeedback} where the plan asks for it.
   */
  private Query ranking(IndexSearcher searcher, SearchPlan plan) throws IOException {
    return plan.feedback()
        ? LuceneFeedback.expand(searcher, plan.query(), MOST_RELEVANT_FIRST, indexAnalyzer)
        : plan.query();
  }

  /**
   * One hit per story, the page asked for, with snippets (the opening when there is no query to
   * mark).
   */
  private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset, int limit)
      throws IOException {
    List<StoryCollapse.Representative<ScoreDoc>> page =
        StoryCollapse.collapse(
            Arrays.asList(top.scoreDocs), sd -> storyOf(searcher, sd), offset, limit);
    ScoreDoc[] docs = page.stream().map(StoryCollapse.Representative::hit).toArray(ScoreDoc[]::new);
    String[] marked =
        query == null ? new String[docs.length] : snippets.highlight(searcher, query, docs);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Article a = LuceneDocuments.toArticle(searcher.storedFields().document(docs[i].doc));
      String story = page.get(i).story();
      int size =
          story == null
              ? 1
              : searcher.count(new TermQuery(new Term(ArticleDocuments.STORY, story)));
      hits.add(SearchPlan.hit(a, marked[i], docs[i].score, size - 1));
    }
    return hits;
  }

  private static final Set<String> STORY_FIELD = Set.of(ArticleDocuments.STORY);

  static String storyOf(IndexSearcher searcher, ScoreDoc sd) throws IOException {
    return searcher.storedFields().document(sd.doc, STORY_FIELD).get(ArticleDocuments.STORY);
  }

  @Override
  public List<Article> related(String id, int limit) throws IOException {
    Optional<Article> article = get(id);
    if (article.isEmpty()) {
      return List.of();
    }
    return withSearcher(
        searcher ->
            relatedCache.get(
                searcher,
                id + "/" + limit,
                () -> List.copyOf(related.find(searcher, article.get(), limit))));
  }

  @Override
  public List<SourceCount> sources() throws IOException {
    return withSearcher(
        searcher ->
            sourcesCache.get(searcher, "all", () -> List.copyOf(SourceCounts.of(searcher))));
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> f) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return f.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocuments.ID, id)), 1);
          return top.scoreDocs.length == 0
              ? Optional.<Article>empty()
              : Optional.of(
                  LuceneDocuments.toArticle(
                      searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
  }

  @Override
  public long count() throws IOException {
    return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }

  /** An order in Lucene's sort fields; the id tie-break reads {@link LuceneDocuments#SORT_ID}. */
  private static Sort sort(ResultOrder order) {
    return new Sort(
        order.keys().stream()
            .map(
                k ->
                    switch (k) {
                      case SCORE -> SortField.FIELD_SCORE;
                      case NEWEST ->
                          new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, true);
                      case OLDEST ->
                          new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, false);
                      case ID -> new SortField(LuceneDocuments.SORT_ID, SortField.Type.STRING);
                    })
            .toArray(SortField[]::new));
  }
}
