package ir.khabar.core.ingest;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * How the articles an ingest stored were dated: by the page, the record, the URL, the text or the
 * file's name, or not at all.
 */
public final class DatingCounts {
  private static final Dating.Basis[] BASES = Dating.Basis.values();

  /** One slot per basis, and the last for the undated. */
  private final AtomicIntegerArray counts = new AtomicIntegerArray(BASES.length + 1);

  /** Counts one stored article; safe from any thread. */
  public void count(Article a) {
    counts.incrementAndGet(a.dating() == null ? BASES.length : a.dating().basis().ordinal());
  }

  public int dated(Dating.Basis basis) {
    return counts.get(basis.ordinal());
  }

  public int undated() {
    return counts.get(BASES.length);
  }

  /** A copy of the counts so far, by basis. */
  public Map<Dating.Basis, Integer> byBasis() {
    Map<Dating.Basis, Integer> out = new EnumMap<>(Dating.Basis.class);
    for (Dating.Basis b : BASES) {
      out.put(b, dated(b));
    }
    return out;
  }

  /**
   * {@code dated: 3 by the page, 0 by the record, 1486 by the URL, 0 by the text, 0 by the file
   * name; 2 undated}.
   */
  public static String summary(Map<Dating.Basis, Integer> byBasis, int undated) {
    return String.format(
        "dated: %d by the page, %d by the record, %d by the URL, %d by the text, %d by the file"
            + " name; %d undated",
        byBasis.getOrDefault(Dating.Basis.PAGE, 0),
        byBasis.getOrDefault(Dating.Basis.RECORD, 0),
        byBasis.getOrDefault(Dating.Basis.URL, 0),
        byBasis.getOrDefault(Dating.Basis.TEXT, 0),
        byBasis.getOrDefault(Dating.Basis.FILE, 0),
        undated);
  }
}
