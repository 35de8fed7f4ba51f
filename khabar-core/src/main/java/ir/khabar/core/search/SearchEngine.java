package ir.khabar.core.search;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.Stories;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where articles are stored and searched: the embedded Lucene index ({@code core.index}) or a
 * SolrCloud collection (khabar-solr), both built on {@code core.search.engine}. It also remembers
 * the fingerprints the stories stage compares new articles with.
 */
public interface SearchEngine extends Closeable, Stories.Memory {

  /**
   * Stores an article and its story fingerprint unless the same article is already stored (same id,
   * or the same text); false for such a duplicate.
   */
  boolean add(Article article, Fingerprint fingerprint) throws IOException;

  /** Whether an article with this id is stored. */
  boolean contains(String id) throws IOException;

  /** Every stored version of a story, the earliest first. */
  List<Article> story(String storyId) throws IOException;

  /** Makes everything added so far durable and visible to searches. */
  void commit() throws IOException;

  /**
   * Searches. A blank query lists what its filters (source, days, entities) let through, as {@link
   * #browse} does; without filters it finds nothing.
   */
  SearchResult search(SearchRequest request) throws IOException;

  /**
   * Every article that passes the request's filters (source, days), newest first, one per story:
   * how latest news and a source's page are listed. The request's query is ignored.
   */
  SearchResult browse(SearchRequest request) throws IOException;

  /**
   * The people, countries and organisations most mentioned in all articles the request matches (a
   * blank query: all articles that pass its filters), at most {@code top} of each, the most
   * frequent first.
   */
  Map<Entity.Type, List<FacetCount>> facets(SearchRequest request, int top) throws IOException;

  /**
   * Every article the request matches (a blank query: every article its filters let through), in
   * its order, one page of {@code limit} from {@code offset}: stories are not folded together and
   * hits carry no marked snippets. What exports page through; the total counts every match.
   */
  SearchResult matches(SearchRequest request) throws IOException;

  /**
   * How many matching articles were published per {@code interval} and per source, from the first
   * match to the last (a blank query: the articles its filters let through).
   * IllegalArgumentException when the span holds more than {@link Trend#MAX_BUCKETS} buckets.
   */
  Trend trend(SearchRequest request, TrendInterval interval) throws IOException;

  /**
   * Articles about the same things as this one, best first, one per story, none from its own story.
   */
  List<Article> related(String id, int limit) throws IOException;

  /** Every source with stored articles, the largest first. */
  List<SourceCount> sources() throws IOException;

  Optional<Article> get(String id) throws IOException;

  long count() throws IOException;

  /**
   * Settings for a long ingest, until the returned handle is closed (the pipeline holds it for a
   * run of many inputs); an engine with nothing to change returns a handle that does nothing.
   */
  default Closeable bulk() {
    return () -> {};
  }

  /**
   * How many calls at once suit this engine; ingest runs its engine-bound stages on this many
   * threads. An embedded index is bound by the cores; a remote engine mostly waits on the network.
   */
  default int concurrency() {
    return Runtime.getRuntime().availableProcessors();
  }
}
