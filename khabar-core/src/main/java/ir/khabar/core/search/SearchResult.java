package ir.khabar.core.search;

import java.util.List;

/**
 * The answer to a search: the query, how Khabar understood it (its index terms), the total, the
 * hits, and, when the query finds nothing or very little, the query a reader probably meant ("did
 * you mean"), or null.
 */
public record SearchResult(
    String query, String understood, long total, List<Hit> hits, String suggestion) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  public SearchResult(String query, String understood, long total, List<Hit> hits) {
    this(query, understood, total, hits, null);
  }

  public SearchResult withSuggestion(String suggestion) {
    return new SearchResult(query, understood, total, hits, suggestion);
  }
}
