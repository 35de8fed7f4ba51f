package ir.khabar.core.search;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a search: the query, how Khabar understood it (its index terms), the total, the
 * hits, and, when the query finds nothing or very little, the query a reader probably meant ("did
 * you mean"), or null. The total is exact unless {@code totalExact} is false: then at least that
 * many articles match (matches are counted up to {@link #EXACT_TOTAL}, as web search engines say
 * "more than").
 */
public record SearchResult(
    String query,
    String understood,
    long total,
    boolean totalExact,
    List<Hit> hits,
    String suggestion) {
  /**
   * How many matches every engine counts exactly; past it a total may be a lower bound (Lucene's
   * ranking stops counting there and skips the rest; Solr's {@code minExactCount}).
   */
  public static final int EXACT_TOTAL = 10_000;

  public SearchResult {
    hits = List.copyOf(hits);
  }

  public SearchResult(String query, String understood, long total, List<Hit> hits) {
    this(query, understood, total, true, hits, null);
  }

  /** The entity with this id as the hits name it (the first that does), if any. */
  public Optional<Entity> entity(String id) {
    return hits.stream()
        .flatMap(h -> h.article().entities().stream())
        .filter(e -> e.id().equals(id))
        .findFirst();
  }

  public SearchResult withSuggestion(String suggestion) {
    return new SearchResult(query, understood, total, totalExact, hits, suggestion);
  }
}
