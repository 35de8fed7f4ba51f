package ir.khabar.core.search.engine;

import java.util.List;

/**
 * The orders answers come in, with their tie-breaks, defined once: each engine translates the keys
 * into its own sort, so both order ties alike and a page means the same articles in either.
 */
public enum ResultOrder {
  /**
   * The most relevant first; among equally relevant articles (a query of stopwords), the newest
   * first.
   */
  MOST_RELEVANT_FIRST(Key.SCORE, Key.NEWEST, Key.ID),
  /**
   * Newest first; among articles of the same moment (or of no known date), the most relevant first.
   */
  NEWEST_FIRST(Key.NEWEST, Key.SCORE, Key.ID),
  /** The versions of a story, the earliest first. */
  EARLIEST_FIRST(Key.OLDEST, Key.ID);

  /**
   * One sort key: the score (highest first), the publication time either way, the id (the last
   * tie-break).
   */
  public enum Key {
    SCORE,
    NEWEST,
    OLDEST,
    ID
  }

  private final List<Key> keys;

  ResultOrder(Key... keys) {
    this.keys = List.of(keys);
  }

  public List<Key> keys() {
    return keys;
  }
}
