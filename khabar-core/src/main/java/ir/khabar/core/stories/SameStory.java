package ir.khabar.core.stories;

import java.time.Duration;

/**
 * The decision: near-duplicates (most shingles shared) are one story whatever their headlines; other
 * versions of an event, published within a few days of each other, share a good part of their text and
 * either their headline's words, much more text, or most of the shorter version (another agency that
 * kept a few paragraphs of the longer one).
 */
public final class SameStory {
  static final double NEAR_DUPLICATE = 0.5;
  static final double SAME_EVENT = 0.15;
  static final double HEADLINE = 0.3;
  static final double STRONG_TEXT = 0.3;
  static final double CONTAINED = 0.7;
  static final Duration WINDOW = Duration.ofDays(3);

  private SameStory() {}

  public static boolean test(Fingerprint a, Fingerprint b) {
    double text = a.similarity(b);
    if (text >= NEAR_DUPLICATE) {
      return true;
    }
    if (text < SAME_EVENT || !near(a, b)) {
      return false;
    }
    return text >= STRONG_TEXT || a.headlineOverlap(b) >= HEADLINE || a.containment(b) >= CONTAINED;
  }

  private static boolean near(Fingerprint a, Fingerprint b) {
    if (a.published() == null || b.published() == null) {
      return true;
    }
    return Duration.between(a.published(), b.published()).abs().compareTo(WINDOW) <= 0;
  }
}
