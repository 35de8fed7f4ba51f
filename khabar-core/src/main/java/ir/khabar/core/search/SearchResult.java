package ir.khabar.core.search;

import java.util.List;

/** The answer to a search: the query, how Khabar understood it (its index terms), the total, the hits. */
public record SearchResult(String query, String understood, long total, List<Hit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
