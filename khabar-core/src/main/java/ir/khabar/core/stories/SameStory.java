package ir.khabar.core.stories;

import java.time.Duration;

/**
 * The decision: near-duplicates (most shingles shared) within a month are one story whatever their
 * headlines; other versions of an event, published within a few days of each other, share a good
 * part of their text and either their headline's words, much more text, or most of the shorter
 * version (another agency that kept a few paragraphs of the longer one). A version written anew
 * shares no text but names the same people, with the same headline words, the same day.
 */
public final class SameStory {
  static final double NEAR_DUPLICATE = 0.5;
  static final double SAME_EVENT = 0.15;
  static final double HEADLINE = 0.3;
  static final double STRONG_TEXT = 0.3;
  static final double CONTAINED = 0.7;
  static final Duration WINDOW = Duration.ofDays(3);

  /**
   * Near-duplicates months apart are one page's template filled anew (a weekly schedule, a puzzle,
   * a standing column), not one story told twice.
   */
  static final Duration COPY_WINDOW = Duration.ofDays(30);

  /** Rewrites by another agency: the same people named, the same headline words, within a day. */
  static final int SHARED_NAMES = 2;

  static final Duration NAMES_WINDOW = Duration.ofDays(1);

  /**
   * A rewrite's headline shares two words or more: one («عراق») is the subject of every report from
   * a country that day, and a short headline's one word is already its share.
   */
  static final int SHARED_HEADLINE_WORDS = 2;

  private SameStory() {}

  public static boolean test(Fingerprint a, Fingerprint b) {
    double text = a.similarity(b);
    if (text >= NEAR_DUPLICATE) {
      return near(a, b, COPY_WINDOW);
    }
    if (sameNamedEvent(a, b)) {
      return true;
    }
    if (text < SAME_EVENT || !near(a, b, WINDOW)) {
      return false;
    }
    return text >= STRONG_TEXT || a.headlineOverlap(b) >= HEADLINE || a.containment(b) >= CONTAINED;
  }

  /**
   * Another agency's own telling: no shared sentence, but the same people, headline words and day.
   */
  private static boolean sameNamedEvent(Fingerprint a, Fingerprint b) {
    return a.sharedNames(b) >= SHARED_NAMES
        && a.headlineOverlap(b) >= HEADLINE
        && a.sharedHeadlineWords(b) >= SHARED_HEADLINE_WORDS
        && a.published() != null
        && b.published() != null
        && near(a, b, NAMES_WINDOW);
  }

  private static boolean near(Fingerprint a, Fingerprint b, Duration window) {
    if (a.published() == null || b.published() == null) {
      return true;
    }
    return Duration.between(a.published(), b.published()).abs().compareTo(window) <= 0;
  }
}
