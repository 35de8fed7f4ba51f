package ir.khabar.bench;

import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Query latencies of one run, in milliseconds. */
final class Latencies {
  private final double[] millis;
  private int n;

  Latencies(int capacity) {
    millis = new double[capacity];
  }

  void add(long nanos) {
    millis[n++] = nanos / 1e6;
  }

  /**
   * Every query on both engines, alternating so that noise weighs on both alike, after one pass to
   * warm both; the latencies of each engine.
   */
  static Latencies[] alternating(List<SearchRequest> mix, SearchEngine a, SearchEngine b)
      throws IOException {
    for (SearchRequest q : mix) {
      a.search(q);
      b.search(q);
    }
    Latencies la = new Latencies(mix.size());
    Latencies lb = new Latencies(mix.size());
    for (SearchRequest q : mix) {
      long t = System.nanoTime();
      a.search(q);
      la.add(System.nanoTime() - t);
      t = System.nanoTime();
      b.search(q);
      lb.add(System.nanoTime() - t);
    }
    return new Latencies[] {la, lb};
  }

  double percentile(double p) {
    double[] sorted = Arrays.copyOf(millis, n);
    Arrays.sort(sorted);
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
  }
}
