package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.search.engine.AbstractSearchEngine;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded engine: a Lucene index on disk, BM25, Khabar's Persian analysis. One process writes
 * (ingest, serve); any number may read ({@link #openReadOnly}). What both engines share lives in
 * {@link AbstractSearchEngine}; this class is its translation to Lucene.
 */
public final class LuceneSearchEngine extends AbstractSearchEngine {
  private final Directory directory;
  private final ArticleWriter writer;
  private final SearcherManager searchers;
  private final RankedPages pages;
  private final RelatedArticles related;
  private final CommittedKeys committed;
  private final CrowdedBands crowdedBands = new CrowdedBands();
  private final StoredTerms storedBands;
  private final ReaderCache<String, List<Article>> relatedCache = new ReaderCache<>(2_000);
  private final ReaderCache<String, List<SourceCount>> sourcesCache = new ReaderCache<>(1);

  private LuceneSearchEngine(Directory directory, ArticleWriter writer, Analysis analysis)
      throws IOException {
    super(analysis.query(), analysis.stopwordsIn() != null);
    this.directory = directory;
    this.writer = writer;
    this.pages = new RankedPages(analysis.index(), new LuceneSnippets(analysis.index()));
    this.related = new RelatedArticles(analysis.index());
    this.searchers =
        writer != null
            ? new SearcherManager(writer.writer(), null)
            : new SearcherManager(directory, null);
    long articles = writer != null ? writer.writer().getDocStats().maxDoc : 0;
    this.storedBands =
        writer != null
            ? new StoredTerms(ArticleDocuments.BANDS, articles * IndexCodec.BANDS_PER_ARTICLE)
            : null;
    this.committed =
        writer != null
            ? CommittedKeys.filtered(searchers, writer.layout().exactTextKeys(), articles)
            : new CommittedKeys(searchers, IndexLayout.of(directory).exactTextKeys(), null, null);
  }

  /**
   * The analyzers documents are indexed and queries parsed with, and how to find the stopwords a
   * text holds (the index analyzer drops them from the text; see {@link ArticleDocuments#STOPS}),
   * when Khabar's index analyzer does not record them as it reads the text; null: no stopwords
   * field.
   */
  public record Analysis(
      Analyzer index, Analyzer query, Function<String, Set<String>> stopwordsIn) {
    public static Analysis khabar() {
      return new Analysis(
          KhabarAnalyzer.forIndex(), KhabarAnalyzer.forQuery(), PersianText.get()::stopwordsIn);
    }

    /** Other analyzers, with no stopwords recorded apart. */
    public static Analysis of(Analyzer index, Analyzer query) {
      return new Analysis(index, query, null);
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
    return new LuceneSearchEngine(
        d, ArticleWriter.open(d, analysis.index(), analysis.stopwordsIn()), analysis);
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
    ArticleWriter w = requireWriter();
    if (fingerprint != null) {
      for (String band : fingerprint.bands()) {
        storedBands.add(new BytesRef(band));
      }
    }
    committed.storing(article.id(), textKey);
    w.add(ArticleDocuments.of(article, fingerprint, textKey));
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
    return requireWriter().bulk();
  }

  /** The writer's live settings, as they are now (tests). */
  LiveIndexWriterConfig writerConfig() {
    return requireWriter().config();
  }

  @Override
  protected void commitStored() throws IOException {
    requireWriter().commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * The current searcher, as it is (the stories stage asks per article: a refresh each would cost).
   */
  @Override
  protected Bands bands() throws IOException {
    return new LuceneBands(
        searchers, crowdedBands, storedBands == null ? null : storedBands.filledFrom(searchers));
  }

  @Override
  public List<Article> story(String storyId) throws IOException {
    return withSearcher(
        searcher -> {
          TopDocs top =
              searcher.search(
                  new TermQuery(new Term(ArticleDocuments.STORY, storyId)),
                  MAX_STORY,
                  LuceneSorts.EARLIEST_FIRST);
          return Arrays.asList(RankedPages.articles(searcher, top.scoreDocs));
        });
  }

  /** The searcher refreshed to the latest commit, held for one request. */
  @Override
  protected View view() throws IOException {
    return LuceneView.open(searchers, pages);
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
              : Optional.of(RankedPages.articles(searcher, top.scoreDocs)[0]);
        });
  }

  @Override
  public long count() throws IOException {
    return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  private ArticleWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
    return writer;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
