package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.Entity;
import java.util.Map;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.StoryCandidate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.ConstantScoreQuery;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.persian.PersianText;
import java.util.function.Function;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
 * (ingest, serve); any number may read ({@link #openReadOnly}).
 */
public final class LuceneSearchEngine implements SearchEngine {
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer queryAnalyzer;
  private final Analyzer indexAnalyzer;
  private final Function<String, Set<String>> stopwordsIn;
  private final Snippets snippets;
  private final RelatedArticles related;
  private final ReaderCache<String, List<Article>> relatedCache = new ReaderCache<>(2_000);
  private final ReaderCache<String, List<SourceCount>> sourcesCache = new ReaderCache<>(1);
  private final Set<String> addedSinceCommit = ConcurrentHashMap.newKeySet();
  /** A band shared by more articles than this is boilerplate, not a story. */
  private static final int CROWDED_BAND = 50;
  private static final int MAX_STORY = 500;
  private static final SortField NEWEST = new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, true);
  /** The last tie-breaker, the same in every engine: the id. */
  private static final SortField BY_ID = new SortField(ArticleDocuments.SORT_ID, SortField.Type.STRING);
  /** The most relevant first; among equally relevant articles (a query of stopwords), the newest first. */
  private static final Sort MOST_RELEVANT_FIRST = new Sort(SortField.FIELD_SCORE, NEWEST, BY_ID);
  /** Newest first; among articles of the same moment (or of no known date), the most relevant first. */
  private static final Sort NEWEST_FIRST = new Sort(NEWEST, SortField.FIELD_SCORE, BY_ID);

  private LuceneSearchEngine(Directory directory, IndexWriter writer, Analysis analysis) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.queryAnalyzer = analysis.query();
    this.indexAnalyzer = analysis.index();
    this.stopwordsIn = analysis.stopwordsIn();
    this.snippets = new Snippets(analysis.index());
    this.related = new RelatedArticles(analysis.index());
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
  }

  /**
   * The analyzers documents are indexed and queries parsed with, and how to find the stopwords a text
   * holds (the index analyzer drops them from the text; see {@link ArticleDocuments#STOPS}).
   */
  public record Analysis(Analyzer index, Analyzer query, Function<String, Set<String>> stopwordsIn) {
    public static Analysis khabar() {
      return new Analysis(KhabarAnalyzer.forIndex(), KhabarAnalyzer.forQuery(), PersianText.get()::stopwordsIn);
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

  /** The same engine with other analyzers: how benchmarks compare Khabar's analysis with stock Lucene's. */
  public static LuceneSearchEngine open(Path dir, Analysis analysis) throws IOException {
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analysis.index());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
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

  /** Safe to call from several threads at once; {@link #commit()} must not run meanwhile. */
  @Override
  public boolean add(Article article, Fingerprint fingerprint) throws IOException {
    requireWriter();
    String textKey = TextKey.of(article);
    if (isCommitted(ArticleDocuments.ID, article.id()) || isCommitted(ArticleDocuments.TEXT_KEY, textKey)
        || !addedSinceCommit.add(article.id()) || !addedSinceCommit.add("text:" + textKey)) {
      return false;
    }
    writer.addDocument(ArticleDocuments.toDocument(article, fingerprint, textKey, stopwordsIn));
    return true;
  }

  @Override
  public boolean contains(String id) throws IOException {
    return isCommitted(ArticleDocuments.ID, id) || addedSinceCommit.contains(id);
  }

  /** Stored articles sharing a band with the fingerprint, most bands first; crowded bands are skipped. */
  @Override
  public List<StoryCandidate> storyCandidates(Fingerprint fingerprint, int max) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      int clauses = 0;
      for (String band : fingerprint.bands()) {
        Term t = new Term(ArticleDocuments.BANDS, band);
        TermStates states = TermStates.build(searcher, t, true);
        int df = states.docFreq();
        if (df > 0 && df <= CROWDED_BAND) {
          q.add(new ConstantScoreQuery(new TermQuery(t, states)), Occur.SHOULD);
          clauses++;
        }
      }
      if (clauses == 0) {
        return List.of();
      }
      List<StoryCandidate> out = new ArrayList<>();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (ScoreDoc sd : searcher.search(q.build(), max).scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), ArticleDocuments.FINGERPRINT);
        if (values.advanceExact(sd.doc - leaf.docBase)) {
          out.add(FingerprintCodec.decode(values.binaryValue()));
        }
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<Article> story(String storyId) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocuments.STORY, storyId)), MAX_STORY,
          new Sort(new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, false)));
      List<Article> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(ArticleDocuments.toArticle(searcher.storedFields().document(sd.doc)));
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Whether the last commit holds the id. Checked on the current searcher without reopening it: what
   * was added since is in {@link #addedSinceCommit}, and reopening per article would cost a refresh.
   */
  private boolean isCommitted(String field, String value) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().docFreq(new Term(field, value)) > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void commit() throws IOException {
    requireWriter();
    writer.commit();
    searchers.maybeRefreshBlocking();
    addedSinceCommit.clear();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    if (request.query().isBlank()) {
      return new SearchResult(request.query(), "", 0, List.of());
    }
    return run(request, false);
  }

  @Override
  public SearchResult browse(SearchRequest request) throws IOException {
    return run(request, true);
  }

  private SearchResult run(SearchRequest request, boolean browse) throws IOException {
    return withSearcher(searcher -> {
      QueryFactory.Parsed parsed = QueryFactory.of(request, browse, queryAnalyzer, t -> docFreq(searcher, t),
          PrefixTerms.of(searcher.getIndexReader()));
      if (parsed == null) {
        return new SearchResult(request.query(), "", 0, List.of());
      }
      Query query = parsed.query();
      int n = (request.offset() + request.limit()) * 4 + 20;
      TopDocs top = browse || request.sort() == SearchRequest.Sort.NEWEST
          ? searcher.search(query, n, NEWEST_FIRST, true)
          : searcher.search(ranking(searcher, query, request), n, MOST_RELEVANT_FIRST, true);
      List<Hit> hits = hits(searcher, browse ? null : query, top, request.offset(), request.limit());
      return new SearchResult(request.query(), parsed.understood(), searcher.count(query), hits);
    });
  }

  @Override
  public List<Article> related(String id, int limit) throws IOException {
    Optional<Article> article = get(id);
    if (article.isEmpty()) {
      return List.of();
    }
    return withSearcher(searcher -> relatedCache.get(searcher, id + "/" + limit,
        () -> List.copyOf(related.find(searcher, article.get(), limit))));
  }

  @Override
  public List<SourceCount> sources() throws IOException {
    return withSearcher(searcher -> sourcesCache.get(searcher, "all", () -> List.copyOf(SourceCounts.of(searcher))));
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

  /** One hit per story, the page asked for, with snippets (the opening when there is no query to mark). */
  private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset, int limit)
      throws IOException {
    List<StoryCollapse.Representative> page = StoryCollapse.collapse(searcher, top.scoreDocs, offset, limit);
    ScoreDoc[] docs = page.stream().map(StoryCollapse.Representative::doc).toArray(ScoreDoc[]::new);
    String[] marked = query == null ? new String[docs.length] : snippets.highlight(searcher, query, docs);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Article a = ArticleDocuments.toArticle(searcher.storedFields().document(docs[i].doc));
      float score = Float.isNaN(docs[i].score) ? 0 : docs[i].score;
      hits.add(new Hit(a, marked[i] != null ? marked[i] : Snippets.opening(a), score, page.get(i).others()));
    }
    return hits;
  }

  @Override
  public Map<Entity.Type, List<FacetCount>> facets(SearchRequest request, int top) throws IOException {
    return withSearcher(searcher -> {
      QueryFactory.Parsed parsed = QueryFactory.of(request, request.query().isBlank(), queryAnalyzer,
          t -> docFreq(searcher, t), PrefixTerms.of(searcher.getIndexReader()));
      return parsed == null ? Map.<Entity.Type, List<FacetCount>>of() : EntityFacets.count(searcher, parsed.query(), top);
    });
  }

  private static int docFreq(IndexSearcher searcher, Term t) {
    try {
      return searcher.getIndexReader().docFreq(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocuments.ID, id)), 1);
      return top.scoreDocs.length == 0 ? Optional.<Article>empty()
          : Optional.of(ArticleDocuments.toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
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

  /**
   * The query a relevance order ranks with: with {@link Feedback} for a ranked any-term search, where it
   * was measured to help (docs/QUALITY.md); an all-terms search already holds only articles with every
   * word, and is not made to pay feedback's extra search and reading of ten articles.
   */
  private Query ranking(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
    return request.anyTerm() ? Feedback.expand(searcher, query, MOST_RELEVANT_FIRST, indexAnalyzer) : query;
  }
}
