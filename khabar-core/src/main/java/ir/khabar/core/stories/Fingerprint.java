package ir.khabar.core.stories;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the stories stage compares: a MinHash signature of the article's word shingles (in the index
 * form, so spelling does not matter), the terms of its title and lead, and its publication time.
 */
public record Fingerprint(int[] minhash, int shingles, Set<String> headline, ZonedDateTime published) {
  public static final int HASHES = 64;
  static final int ROWS = 2;

  public Fingerprint {
    minhash = minhash.clone();
    headline = Set.copyOf(headline);
  }

  /** The share of equal signature positions: an estimate of the shingles' Jaccard similarity. */
  public double similarity(Fingerprint other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minhash[i] == other.minhash[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /**
   * How much of the shorter text the longer one holds, estimated from the similarity and the two
   * shingle counts: another agency's version that kept three paragraphs of ten is contained, not similar.
   */
  public double containment(Fingerprint other) {
    double j = similarity(other);
    int small = Math.max(1, Math.min(shingles, other.shingles));
    return Math.min(1, j / (1 + j) * (shingles + other.shingles) / small);
  }

  /** Overlap of the two headlines' terms, over the smaller headline. */
  public double headlineOverlap(Fingerprint other) {
    if (headline.isEmpty() || other.headline.isEmpty()) {
      return 0;
    }
    long common = headline.stream().filter(other.headline::contains).count();
    return common / (double) Math.min(headline.size(), other.headline.size());
  }

  /** Locality-sensitive bands: articles sharing one band are candidates for one story. */
  public List<String> bands() {
    String[] out = new String[HASHES / ROWS];
    for (int b = 0; b < out.length; b++) {
      int h = 17;
      for (int r = 0; r < ROWS; r++) {
        h = 31 * h + minhash[b * ROWS + r];
      }
      out[b] = Integer.toString(b, 36) + ':' + Integer.toString(h, 36);
    }
    return List.of(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && Arrays.equals(minhash, f.minhash) && shingles == f.shingles
        && headline.equals(f.headline)
        && java.util.Objects.equals(published, f.published);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minhash) * 31 + headline.hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint" + headline;
  }
}
