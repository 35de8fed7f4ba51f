package ir.khabar.core.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A search: the query as typed, how many hits from which offset, whether any term suffices (ranked)
 * or all are required (the default), and filters by source, by publication day (Tehran days) and by
 * the people, countries and organisations mentioned, and (for follows) by when an article entered
 * the index. Built with {@link #search(String)} or {@link #browse()}.
 */
public record SearchRequest(
    String query,
    int limit,
    int offset,
    boolean anyTerm,
    String source,
    LocalDate from,
    LocalDate to,
    Sort sort,
    EntityFilter entities,
    Instant ingestedSince) {

  public enum Sort {
    RELEVANCE,
    NEWEST
  }

  public SearchRequest {
    query = query == null ? "" : query;
    limit = limit <= 0 ? 10 : limit;
    offset = Math.max(0, offset);
    sort = sort == null ? Sort.RELEVANCE : sort;
    entities = entities == null ? EntityFilter.NONE : entities;
  }

  public SearchRequest(
      String query,
      int limit,
      int offset,
      boolean anyTerm,
      String source,
      LocalDate from,
      LocalDate to,
      Sort sort,
      EntityFilter entities) {
    this(query, limit, offset, anyTerm, source, from, to, sort, entities, null);
  }

  /** The first ten hits for the query, all its words required, by relevance. */
  public static SearchRequest of(String query) {
    return search(query).build();
  }

  /**
   * Whether the request narrows by source, days or entities: without query words, it browses them.
   */
  public boolean hasFilters() {
    return source != null && !source.isBlank() || from != null || to != null || !entities.isEmpty();
  }

  /** The same request for {@code limit} hits from {@code offset}: how exports page through. */
  public SearchRequest withPage(int offset, int limit) {
    return new SearchRequest(query, limit, offset, anyTerm, source, from, to, sort, entities);
  }

  /** The same request with other entity filters. */
  public SearchRequest withEntities(EntityFilter entities) {
    return new SearchRequest(query, limit, offset, anyTerm, source, from, to, sort, entities);
  }

  /** The same request over other days (null: no bound). */
  public SearchRequest withDays(LocalDate from, LocalDate to) {
    return new SearchRequest(query, limit, offset, anyTerm, source, from, to, sort, entities);
  }

  /** A search for what the reader typed; ten hits, all words required, by relevance unless told. */
  public static Builder search(String query) {
    return new Builder(query);
  }

  /** A request with no words, for {@link SearchEngine#browse} and facets over the filters alone. */
  public static Builder browse() {
    return new Builder("");
  }

  /** Sets what the defaults do not say, one named part at a time. */
  public static final class Builder {
    private final String query;
    private int limit = 10;
    private int offset;
    private boolean anyTerm;
    private String source;
    private LocalDate from;
    private LocalDate to;
    private Sort sort = Sort.RELEVANCE;
    private EntityFilter entities = EntityFilter.NONE;
    private Instant ingestedSince;

    private Builder(String query) {
      this.query = query;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /** Any of the words suffices, the articles with more of them ranked higher. */
    public Builder anyTerm() {
      return anyTerm(true);
    }

    public Builder anyTerm(boolean any) {
      this.anyTerm = any;
      return this;
    }

    /** Only this source's articles (its name or id); null for all. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Only articles published from {@code from} to {@code to}, both included; null for no bound.
     */
    public Builder days(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = sort;
      return this;
    }

    public Builder newestFirst() {
      return sort(Sort.NEWEST);
    }

    public Builder entities(EntityFilter entities) {
      this.entities = entities;
      return this;
    }

    /**
     * Only articles that entered the index at or after this instant (whatever their publication
     * date): what a follow has not seen yet. Null for no bound.
     */
    public Builder ingestedSince(Instant since) {
      this.ingestedSince = since;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query, limit, offset, anyTerm, source, from, to, sort, entities, ingestedSince);
    }
  }
}
