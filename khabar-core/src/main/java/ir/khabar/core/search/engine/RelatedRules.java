package ir.khabar.core.search.engine;

/**
 * What makes an article "related" to another, the same in every engine's MoreLikeThis: the
 * article's own words in the text field, its story left out, one article per story.
 */
public final class RelatedRules {
  public static final String FIELD = ArticleDocuments.TEXT;
  public static final int MIN_TERM_FREQ = 1;
  public static final int MIN_DOC_FREQ = 2;
  public static final int MAX_QUERY_TERMS = 25;
  public static final int MIN_WORD_LENGTH = 2;

  /** Below this many articles, document frequencies are too coarse to cut common words by them. */
  public static final int LARGE = 200;

  /**
   * Words in more than this share (percent) of the news say little about what an article is about.
   */
  public static final int MAX_DOC_FREQ_PCT = 20;

  private RelatedRules() {}

  /**
   * The most articles a word may stand in, in a collection of {@code size}; none when it is small.
   */
  public static Integer maxDocFreq(long size) {
    return size >= LARGE ? (int) (size * MAX_DOC_FREQ_PCT / 100) : null;
  }
}
