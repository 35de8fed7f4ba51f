package ir.khabar.core.stories;

import ir.khabar.core.Article;
import ir.khabar.persian.PersianText;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fingerprints an article: MinHash over 3-word shingles of its lead and body in the index form (stems,
 * one spelling, no stopwords), so furniture-free rewrites of one text share most of their signature.
 */
public final class Fingerprinter {
  private static final int SHINGLE = 3;
  private static final long[] SEEDS = seeds();

  private final PersianText persian;

  public Fingerprinter(PersianText persian) {
    this.persian = persian;
  }

  public Fingerprint of(Article a) {
    List<String> words = List.of(persian.forSearch(a.leadAndBody()).split(" "));
    Set<String> headline = new HashSet<>(List.of(persian.forSearch(a.title()).split(" ")));
    headline.remove("");
    return new Fingerprint(minhash(words), Math.max(1, words.size() - SHINGLE + 1), headline, a.published());
  }

  private static int[] minhash(List<String> words) {
    int[] sig = new int[Fingerprint.HASHES];
    Arrays.fill(sig, Integer.MAX_VALUE);
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
        h = (h ^ words.get(k).hashCode()) * 0x100000001b3L;
      }
      for (int j = 0; j < sig.length; j++) {
        int v = (int) (mix(h ^ SEEDS[j]) >>> 33);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** The finaliser of SplitMix64: a good 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[Fingerprint.HASHES];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < s.length; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}
