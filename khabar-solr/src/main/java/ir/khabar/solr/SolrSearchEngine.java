package ir.khabar.solr;

import static ir.khabar.core.search.engine.ArticleDocuments.BANDS;
import static ir.khabar.core.search.engine.ArticleDocuments.FINGERPRINT;
import static ir.khabar.core.search.engine.ArticleDocuments.ID;
import static ir.khabar.core.search.engine.ArticleDocuments.JSON;
import static ir.khabar.core.search.engine.ArticleDocuments.STORY;
import static ir.khabar.core.search.engine.ArticleDocuments.TEXT;
import static ir.khabar.core.search.engine.ArticleDocuments.TEXT_KEY;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.search.engine.AbstractSearchEngine;
import ir.khabar.core.search.engine.DidYouMean;
import ir.khabar.core.search.engine.PrefixTerms;
import ir.khabar.core.search.engine.RelatedRules;
import ir.khabar.core.search.engine.ResultOrder;
import ir.khabar.core.search.engine.SearchPlan;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.solr.client.JdkCloudSolrClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The {@link ir.khabar.core.search.SearchEngine} on a SolrCloud collection: {@link
 * AbstractSearchEngine} translated to Solr requests. Khabar's side does what needs the reader's
 * words (the query factory, with document frequencies asked of the whole collection, so joins and
 * splits are decided as the embedded index decides them) and sends the parsed query as XML; the
 * collection's schema analyses documents with Khabar's own filters. Articles are sent in batches,
 * and every request is retried while a node is down or a leader is being elected.
 */
public final class SolrSearchEngine extends AbstractSearchEngine {
  private static final int BATCH = 200;

  private final CloudSolrClient client;
  private final String collection;
  private final Retry retry;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private final SolrSearches searches;
  private final PrefixTerms prefixes;
  private final SolrTrends trends;

  private SolrSearchEngine(CloudSolrClient client, String collection, Duration patience) {
    super(KhabarAnalyzer.forQuery());
    this.client = client;
    this.collection = collection;
    this.retry = new Retry(patience);
    this.searches =
        new SolrSearches(this::query, KhabarAnalyzer.forIndex(), KhabarAnalyzer.forQuery());
    this.prefixes = new SolrPrefixTerms(this::query);
    this.trends = new SolrTrends(this::query);
  }

  /** Connects to the collection at this address; fails when ZooKeeper does not know it. */
  public static SolrSearchEngine connect(SolrAddress address) throws IOException {
    return connect(address, Duration.ofSeconds(90));
  }

  /** {@code patience}: how long a request is retried while the cluster cannot answer it. */
  public static SolrSearchEngine connect(SolrAddress address, Duration patience)
      throws IOException {
    JdkCloudSolrClient client = JdkCloudSolrClient.connect(address.zkHosts(), address.chroot());
    try {
      if (client.getClusterStateProvider().getState(address.collection()) == null) {
        throw new IOException(
            "SolrCloud at "
                + address.zkHost()
                + " has no collection "
                + address.collection()
                + " (start one with ./khabar cluster, or see docs/SCALING.md)");
      }
    } catch (RuntimeException e) {
      client.close();
      throw new IOException(
          "cannot reach SolrCloud through ZooKeeper at " + address.zkHost() + ": " + e.getMessage(),
          e);
    } catch (IOException e) {
      client.close();
      throw e;
    }
    return new SolrSearchEngine(client, address.collection(), patience);
  }

  @Override
  protected void store(Article article, Fingerprint fingerprint, String textKey)
      throws IOException {
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
  }

  @Override
  protected boolean isStored(String id, String textKey) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(ID, id)), Occur.SHOULD)
            .add(new TermQuery(new Term(TEXT_KEY, textKey)), Occur.SHOULD)
            .build();
    return query("look for a stored copy", xml(q).setRows(0)).getResults().getNumFound() > 0;
  }

  @Override
  protected boolean isStored(String id) throws IOException {
    return fetch(id).isPresent();
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
  protected void commitStored() throws IOException {
    flush();
    retry.run("commit", () -> client.commit(collection, true, true));
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    Optional<SolrDocument> doc = fetch(id);
    return doc.isEmpty() ? Optional.empty() : Optional.of(SolrDocuments.article(doc.get()));
  }

  /** Real-time get: sees what was sent but not yet committed, as the embedded index does. */
  private Optional<SolrDocument> fetch(String id) throws IOException {
    ModifiableSolrParams fl = new ModifiableSolrParams().set("fl", JSON);
    return Optional.ofNullable(
        retry.run("get article " + id, () -> client.getById(collection, id, fl)));
  }

  /** Each call waits on a round trip or two: many at once keep the cluster's cores busy. */
  @Override
  public int concurrency() {
    return 16;
  }

  @Override
  public long count() throws IOException {
    return query("count articles", xml(new MatchAllDocsQuery()).setRows(0))
        .getResults()
        .getNumFound();
  }

  /** The bands' frequencies in one request (a facet query each), the candidates in another. */
  @Override
  protected Bands bands() {
    return new Bands() {
      @Override
      public Map<String, Integer> docFreqs(List<String> bands) throws IOException {
        SolrQuery counts = xml(new MatchAllDocsQuery()).setRows(0);
        counts.setFacet(true);
        bands.forEach(b -> counts.addFacetQuery(bandQuery(b)));
        Map<String, Integer> byQuery = query("count story bands", counts).getFacetQuery();
        Map<String, Integer> out = new HashMap<>();
        bands.forEach(b -> out.put(b, byQuery.getOrDefault(bandQuery(b), 0)));
        return out;
      }

      @Override
      public List<StoryCandidate> candidates(Query query, int max) throws IOException {
        List<StoryCandidate> out = new ArrayList<>();
        for (SolrDocument d :
            query(
                    "find story candidates",
                    xml(query)
                        .setRows(max)
                        .setFields(FINGERPRINT)
                        .addSort("score", SolrQuery.ORDER.desc)
                        .addSort(ID, SolrQuery.ORDER.asc))
                .getResults()) {
          out.add(SolrDocuments.candidate(d));
        }
        return out;
      }

      @Override
      public void close() {}
    };
  }

  private static String bandQuery(String band) {
    return "{!term f=" + BANDS + "}" + band;
  }

  @Override
  public List<Article> story(String storyId) throws IOException {
    SolrQuery q =
        SolrSearches.sorted(
                xml(new TermQuery(new Term(STORY, storyId))), ResultOrder.EARLIEST_FIRST)
            .setRows(MAX_STORY)
            .setFields(JSON);
    List<Article> out = new ArrayList<>();
    for (SolrDocument d : query("read story " + storyId, q).getResults()) {
      out.add(SolrDocuments.article(d));
    }
    return out;
  }

  /** Each term's frequency is asked of the whole collection, once per request. */
  @Override
  protected View view() {
    Map<Term, Integer> seen = new ConcurrentHashMap<>();
    return new View() {
      @Override
      public int docFreq(Term t) {
        return seen.computeIfAbsent(t, SolrSearchEngine.this::docFreq);
      }

      @Override
      public SearchResult run(SearchPlan plan) throws IOException {
        return searches.run(plan);
      }

      @Override
      public Map<Entity.Type, List<FacetCount>> facets(Query query, int top) throws IOException {
        return searches.facets(QueryXml.of(query), top);
      }

      @Override
      public SearchResult matches(SearchPlan plan) throws IOException {
        return searches.matches(plan);
      }

      @Override
      public long[] span(Query query) throws IOException {
        return trends.span(QueryXml.of(query));
      }

      @Override
      public List<Map<String, Long>> countRanges(Query query, long[] edges) throws IOException {
        return trends.ranges(QueryXml.of(query), edges);
      }

      @Override
      public PrefixTerms prefixes() {
        return prefixes;
      }

      @Override
      public DidYouMean.Vocabulary vocabulary() {
        return new SolrVocabulary(
            SolrSearchEngine.this::query, term -> docFreq(new Term(TEXT, term)));
      }

      @Override
      public void close() {}
    };
  }

  /**
   * How many articles of the whole collection hold the term (the query factory's joins and splits).
   */
  private int docFreq(Term t) {
    try {
      return (int)
          query("count a term", xml(new TermQuery(t)).setRows(0)).getResults().getNumFound();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Article> related(String id, int limit) throws IOException {
    Optional<Article> article = get(id);
    if (article.isEmpty()) {
      return List.of();
    }
    Integer maxDf = RelatedRules.maxDocFreq(count());
    String mlt =
        "{!mlt qf="
            + RelatedRules.FIELD
            + " mintf="
            + RelatedRules.MIN_TERM_FREQ
            + " mindf="
            + RelatedRules.MIN_DOC_FREQ
            + " maxqt="
            + RelatedRules.MAX_QUERY_TERMS
            + " minwl="
            + RelatedRules.MIN_WORD_LENGTH
            + (maxDf != null ? " maxdf=" + maxDf : "")
            + "}"
            + id;
    return searches.related(mlt, article.get(), limit);
  }

  @Override
  public List<SourceCount> sources() throws IOException {
    return searches.sources();
  }

  /**
   * The bytes of one copy of the collection's index: each shard leader's index, summed (for
   * capacity plans).
   */
  public long indexBytes() throws IOException {
    DocCollection c = client.getClusterStateProvider().getCollection(collection);
    long total = 0;
    for (Slice slice : c.getActiveSlices()) {
      Replica leader = slice.getLeader();
      try (HttpJdkSolrClient node =
          new HttpJdkSolrClient.Builder(leader.getBaseUrl()).useHttp1_1(true).build()) {
        NamedList<Object> status =
            retry.run(
                "read index size",
                () ->
                    CoreAdminRequest.getStatus(leader.getCoreName(), node)
                        .getCoreStatus(leader.getCoreName()));
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
    return retry.run(what, () -> answered(q, client.query(collection, q, SolrRequest.METHOD.POST)));
  }

  /**
   * A search answered without its result list (a shard with no leader while the cluster fails over)
   * is retried as a failure, not read as nothing found; a handler of its own (/terms) gives none.
   */
  private static QueryResponse answered(SolrQuery q, QueryResponse r) throws IOException {
    if (q.getRequestHandler() == null && r.getResults() == null) {
      throw new IOException("the cluster answered a search without its results");
    }
    return r;
  }

  @Override
  public void close() throws IOException {
    try {
      if (uncommitted()) {
        commit();
      }
    } finally {
      client.close();
    }
  }
}
