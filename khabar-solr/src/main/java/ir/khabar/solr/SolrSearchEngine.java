package ir.khabar.solr;

import static ir.khabar.core.index.ArticleDocuments.BANDS;
import static ir.khabar.core.index.ArticleDocuments.FINGERPRINT;
import static ir.khabar.core.index.ArticleDocuments.ID;
import static ir.khabar.core.index.ArticleDocuments.JSON;
import static ir.khabar.core.index.ArticleDocuments.PUBLISHED;
import static ir.khabar.core.index.ArticleDocuments.STORY;
import static ir.khabar.core.index.ArticleDocuments.TEXT;
import static ir.khabar.core.index.ArticleDocuments.TEXT_KEY;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.index.Feedback;
import ir.khabar.core.index.PrefixTerms;
import ir.khabar.core.index.QueryFactory;
import ir.khabar.core.index.Snippets;
import ir.khabar.core.index.TextKey;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.solr.client.JdkCloudSolrClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The {@link SearchEngine} on a SolrCloud collection. Khabar's side does what needs the reader's
 * words (the query factory, with document frequencies asked of the whole collection, so joins and
 * splits are decided as the embedded index decides them) and sends the parsed query as XML; the
 * collection's schema analyses documents with Khabar's own filters. Articles are sent in batches,
 * and every request is retried while a node is down or a leader is being elected.
 */
public final class SolrSearchEngine implements SearchEngine {
  private static final int BATCH = 200;
  private static final int CROWDED_BAND = 50;
  private static final int MAX_STORY = 500;
  private static final int RELATED_LARGE = 200;

  private final CloudSolrClient client;
  private final String collection;
  private final Retry retry;
  private final Analyzer queryAnalyzer = KhabarAnalyzer.forQuery();
  /** The analysis of the collection's text, for the words of the first pass's articles (see {@link Feedback}). */
  private final Analyzer indexAnalyzer = KhabarAnalyzer.forIndex();
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private final Set<String> addedSinceCommit = ConcurrentHashMap.newKeySet();
  private final SolrSearches searches;
  private final PrefixTerms prefixes;

  private SolrSearchEngine(CloudSolrClient client, String collection, Duration patience) {
    this.client = client;
    this.collection = collection;
    this.retry = new Retry(patience);
    this.searches = new SolrSearches(this::query);
    this.prefixes = new SolrPrefixTerms(this::query);
  }

  /** Connects to the collection at this address; fails when ZooKeeper does not know it. */
  public static SolrSearchEngine connect(SolrAddress address) throws IOException {
    return connect(address, Duration.ofSeconds(90));
  }

  /** {@code patience}: how long a request is retried while the cluster cannot answer it. */
  public static SolrSearchEngine connect(SolrAddress address, Duration patience) throws IOException {
    JdkCloudSolrClient client = JdkCloudSolrClient.connect(address.zkHosts(), address.chroot());
    try {
      if (client.getClusterStateProvider().getState(address.collection()) == null) {
        throw new IOException("SolrCloud at " + address.zkHost() + " has no collection " + address.collection()
            + " (start one with ./khabar cluster, or see docs/SCALING.md)");
      }
    } catch (RuntimeException e) {
      client.close();
      throw new IOException("cannot reach SolrCloud through ZooKeeper at " + address.zkHost() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      client.close();
      throw e;
    }
    return new SolrSearchEngine(client, address.collection(), patience);
  }

  /** Safe to call from several threads at once; {@link #commit()} must not run meanwhile. */
  @Override
  public boolean add(Article article, Fingerprint fingerprint) throws IOException {
    String textKey = TextKey.of(article);
    if (addedSinceCommit.contains(article.id()) || addedSinceCommit.contains("text:" + textKey)
        || stored(article.id(), textKey)
        || !addedSinceCommit.add(article.id()) || !addedSinceCommit.add("text:" + textKey)) {
      return false;
    }
    SolrInputDocument doc = SolrDocuments.of(article, fingerprint, textKey);
    List<SolrInputDocument> batch = null;
    synchronized (pending) {
      pending.add(doc);
      if (pending.size() >= BATCH) {
        batch = List.copyOf(pending);
        pending.clear();
      }
    }
    if (batch != null) {
      send(batch);
    }
    return true;
  }

  private boolean stored(String id, String textKey) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ID, id)), Occur.SHOULD)
        .add(new TermQuery(new Term(TEXT_KEY, textKey)), Occur.SHOULD).build();
    return query("look for a stored copy", xml(q).setRows(0)).getResults().getNumFound() > 0;
  }

  private void send(List<SolrInputDocument> batch) throws IOException {
    retry.run("store " + batch.size() + " articles", () -> client.add(collection, batch));
  }

  private void flush() throws IOException {
    List<SolrInputDocument> batch;
    synchronized (pending) {
      batch = List.copyOf(pending);
      pending.clear();
    }
    if (!batch.isEmpty()) {
      send(batch);
    }
  }

  @Override
  public void commit() throws IOException {
    flush();
    retry.run("commit", () -> client.commit(collection, true, true));
    addedSinceCommit.clear();
  }

  @Override
  public boolean contains(String id) throws IOException {
    return addedSinceCommit.contains(id) || fetch(id).isPresent();
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    Optional<SolrDocument> doc = fetch(id);
    return doc.isEmpty() ? Optional.empty() : Optional.of(SolrDocuments.article(doc.get()));
  }

  /** Real-time get: sees what was sent but not yet committed, as the embedded index does. */
  private Optional<SolrDocument> fetch(String id) throws IOException {
    ModifiableSolrParams fl = new ModifiableSolrParams().set("fl", JSON);
    return Optional.ofNullable(retry.run("get article " + id, () -> client.getById(collection, id, fl)));
  }

  /** Each call waits on a round trip or two: many at once keep the cluster's cores busy. */
  @Override
  public int concurrency() {
    return 16;
  }

  @Override
  public long count() throws IOException {
    return query("count articles", xml(new MatchAllDocsQuery()).setRows(0)).getResults().getNumFound();
  }

  @Override
  public List<StoryCandidate> storyCandidates(Fingerprint fingerprint, int max) throws IOException {
    List<String> bands = fingerprint.bands();
    if (bands.isEmpty()) {
      return List.of();
    }
    SolrQuery counts = xml(new MatchAllDocsQuery()).setRows(0);
    counts.setFacet(true);
    bands.forEach(b -> counts.addFacetQuery(bandQuery(b)));
    Map<String, Integer> df = query("count story bands", counts).getFacetQuery();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    for (String band : bands) {
      int n = df.getOrDefault(bandQuery(band), 0);
      if (n > 0 && n <= CROWDED_BAND) {
        q.add(new ConstantScoreQuery(new TermQuery(new Term(BANDS, band))), Occur.SHOULD);
        clauses++;
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    List<StoryCandidate> out = new ArrayList<>();
    for (SolrDocument d : query("find story candidates", xml(q.build()).setRows(max).setFields(FINGERPRINT)).getResults()) {
      out.add(SolrDocuments.candidate(d));
    }
    return out;
  }

  private static String bandQuery(String band) {
    return "{!term f=" + BANDS + "}" + band;
  }

  @Override
  public List<Article> story(String storyId) throws IOException {
    SolrQuery q = xml(new TermQuery(new Term(STORY, storyId))).setRows(MAX_STORY).setFields(JSON)
        .addSort(PUBLISHED, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
    List<Article> out = new ArrayList<>();
    for (SolrDocument d : query("read story " + storyId, q).getResults()) {
      out.add(SolrDocuments.article(d));
    }
    return out;
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
    QueryFactory.Parsed parsed = parse(request, browse);
    if (parsed == null) {
      return new SearchResult(request.query(), "", 0, List.of());
    }
    boolean newest = browse || request.sort() == SearchRequest.Sort.NEWEST;
    String queryXml = QueryXml.of(parsed.query());
    String rankXml = newest || !request.anyTerm() ? queryXml : QueryXml.of(Feedback.expand(parsed.query(), searches.firstPass(queryXml), indexAnalyzer));
    Query marked = browse ? null : Snippets.marked(parsed.query());
    SearchResult result = searches.run(request, parsed.understood(), queryXml, rankXml, newest,
        marked == null ? null : QueryXml.of(marked));
    if (marked == null) {
      return result;
    }
    // Solr marks a phrase word by word: its marks are joined as the embedded engine's snippets join them.
    List<Hit> hits = result.hits().stream().map(h -> new Hit(h.article(),
        Snippets.joinPhraseMarks(h.snippet(), marked, queryAnalyzer), h.score(), h.moreInStory())).toList();
    return new SearchResult(result.query(), result.understood(), result.total(), hits);
  }

  /** The request's query, filters included; each term's frequency is asked of the collection once. */
  private QueryFactory.Parsed parse(SearchRequest request, boolean browse) {
    Map<Term, Integer> seen = new ConcurrentHashMap<>();
    return QueryFactory.of(request, browse, queryAnalyzer, t -> seen.computeIfAbsent(t, this::docFreq), prefixes);
  }

  /** How many articles of the whole collection hold the term (the query factory's joins and splits). */
  private int docFreq(Term t) {
    try {
      return (int) query("count a term", xml(new TermQuery(t)).setRows(0)).getResults().getNumFound();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<Entity.Type, List<FacetCount>> facets(SearchRequest request, int top) throws IOException {
    QueryFactory.Parsed parsed = parse(request, request.query().isBlank());
    if (parsed == null) {
      return Map.of();
    }
    return searches.facets(QueryXml.of(parsed.query()), top);
  }

  @Override
  public List<Article> related(String id, int limit) throws IOException {
    Optional<Article> article = get(id);
    if (article.isEmpty()) {
      return List.of();
    }
    long size = count();
    String mlt = "{!mlt qf=" + TEXT + " mintf=1 mindf=2 maxqt=25 minwl=2"
        + (size >= RELATED_LARGE ? " maxdf=" + size / 5 : "") + "}" + id;
    return searches.related(mlt, article.get(), limit);
  }

  @Override
  public List<SourceCount> sources() throws IOException {
    return searches.sources();
  }

  /** The bytes of one copy of the collection's index: each shard leader's index, summed (for capacity plans). */
  public long indexBytes() throws IOException {
    DocCollection c = client.getClusterStateProvider().getCollection(collection);
    long total = 0;
    for (Slice slice : c.getActiveSlices()) {
      Replica leader = slice.getLeader();
      try (HttpJdkSolrClient node = new HttpJdkSolrClient.Builder(leader.getBaseUrl()).useHttp1_1(true).build()) {
        NamedList<Object> status = retry.run("read index size",
            () -> CoreAdminRequest.getStatus(leader.getCoreName(), node).getCoreStatus(leader.getCoreName()));
        total += ((Number) ((NamedList<?>) status.get("index")).get("sizeInBytes")).longValue();
      }
    }
    return total;
  }

  private static SolrQuery xml(Query q) {
    return SolrSearches.xml(QueryXml.of(q));
  }

  /** Sent as a POST: a long query's XML does not fit in a URL (Jetty answers 414). */
  private QueryResponse query(String what, SolrQuery q) throws IOException {
    return retry.run(what, () -> client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
  }

  @Override
  public void close() throws IOException {
    try {
      if (!addedSinceCommit.isEmpty()) {
        commit();
      }
    } finally {
      client.close();
    }
  }
}
