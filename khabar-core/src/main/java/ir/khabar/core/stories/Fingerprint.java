package ir.khabar.core.stories;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the stories stage compares: a MinHash signature of the article's word shingles (in the index
 * form, so spelling does not matter), the terms of its title and lead, its publication time, and
 * the people it names (entity ids): another agency's rewrite of an event shares no sentence, but
 * names the same people.
 */
public final class Fingerprint {
  public static final int HASHES = 64;
  static final int ROWS = 2;

  /** Names paired into bands: the first few, so the number of bands stays small. */
  private static final int BANDED_NAMES = 4;

  private final int[] minhash;
  private final int shingles;
  private final Set<String> headline;
  private final ZonedDateTime published;
  private final Set<String> names;

  /**
   * Asked of a new article four times (candidates, its story, the batch, the index): made once, on
   * first use, since a candidate read back from the index is never asked. Immutable, so threads
   * that race to make it make the same list and may see either.
   */
  private List<String> bands;

  public Fingerprint(
      int[] minhash,
      int shingles,
      Set<String> headline,
      ZonedDateTime published,
      Set<String> names) {
    this.minhash = minhash.clone();
    this.shingles = shingles;
    this.headline = Set.copyOf(headline);
    this.published = published;
    this.names = names == null ? Set.of() : Set.copyOf(names);
  }

  public Fingerprint(int[] minhash, int shingles, Set<String> headline, ZonedDateTime published) {
    this(minhash, shingles, headline, published, Set.of());
  }

  public int[] minhash() {
    return minhash;
  }

  public int shingles() {
    return shingles;
  }

  public Set<String> headline() {
    return headline;
  }

  public ZonedDateTime published() {
    return published;
  }

  public Set<String> names() {
    return names;
  }

  /** How many people both articles name. */
  public int sharedNames(Fingerprint other) {
    return shared(names, other.names);
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
   * shingle counts: another agency's version that kept three paragraphs of ten is contained, not
   * similar.
   */
  public double containment(Fingerprint other) {
    double j = similarity(other);
    int small = Math.max(1, Math.min(shingles, other.shingles));
    return Math.min(1, j / (1 + j) * (shingles + other.shingles) / small);
  }

  /** Overlap of the two headlines' terms, over the smaller headline. */
  /** How many words the two headlines share. */
  public int sharedHeadlineWords(Fingerprint other) {
    return shared(headline, other.headline);
  }

  public double headlineOverlap(Fingerprint other) {
    if (headline.isEmpty() || other.headline.isEmpty()) {
      return 0;
    }
    return shared(headline, other.headline)
        / (double) Math.min(headline.size(), other.headline.size());
  }

  private static int shared(Set<String> mine, Set<String> theirs) {
    int n = 0;
    for (String s : mine) {
      if (theirs.contains(s)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Locality-sensitive bands: articles sharing one band are candidates for one story. Besides the
   * signature's bands, each pair of named people is a band, so rewrites that share names meet.
   */
  public List<String> bands() {
    List<String> made = bands;
    if (made == null) {
      made = bandsOf(minhash, names);
      bands = made;
    }
    return made;
  }

  private static List<String> bandsOf(int[] minhash, Set<String> names) {
    ArrayList<String> out = new ArrayList<>(HASHES / ROWS + 15);
    for (int b = 0; b < HASHES / ROWS; b++) {
      int h = 17;
      for (int r = 0; r < ROWS; r++) {
        h = 31 * h + minhash[b * ROWS + r];
      }
      out.add(Integer.toString(b, 36) + ':' + Integer.toString(h, 36));
    }
    List<String> sorted = names.stream().sorted().limit(BANDED_NAMES).toList();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        out.add("n:" + Integer.toString((sorted.get(i) + '|' + sorted.get(j)).hashCode(), 36));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && Arrays.equals(minhash, f.minhash)
        && shingles == f.shingles
        && headline.equals(f.headline)
        && names.equals(f.names)
        && Objects.equals(published, f.published);
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
