package ir.khabar.core.search;

import java.time.LocalDate;

/**
 * A search: the query as typed, how many hits from which offset, whether any term suffices (ranked)
 * or all are required (the default), and filters by source, by publication day (Tehran days) and by
 * the people, countries and organisations mentioned.
 */
public record SearchRequest(String query, int limit, int offset, boolean anyTerm, String source,
    LocalDate from, LocalDate to, Sort sort, EntityFilter entities) {

  public enum Sort { RELEVANCE, NEWEST }

  public SearchRequest {
    query = query == null ? "" : query;
    limit = limit <= 0 ? 10 : limit;
    offset = Math.max(0, offset);
    sort = sort == null ? Sort.RELEVANCE : sort;
    entities = entities == null ? EntityFilter.NONE : entities;
  }

  public SearchRequest(String query, int limit, int offset, boolean anyTerm, String source, LocalDate from,
      LocalDate to, Sort sort) {
    this(query, limit, offset, anyTerm, source, from, to, sort, EntityFilter.NONE);
  }

  /** Whether the request narrows by source, days or entities: without query words, it browses them. */
  public boolean hasFilters() {
    return source != null && !source.isBlank() || from != null || to != null || !entities.isEmpty();
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, 10, 0, false, null, null, null, Sort.RELEVANCE);
  }
}
