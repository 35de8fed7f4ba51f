package ir.khabar.bench;

import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Query latencies of one run, in milliseconds. */
final class Latencies {
  /**
   * How many times the measured mix runs. The p99 of one pass of 600 queries is its sixth-slowest
   * query, which one preemption on a shared two-core machine moves; five passes pool 3,000 samples
   * per engine (docs/BENCHMARKS.md, "Query tail against stock").
   */
  static final int ROUNDS = 5;

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
   * warm both; then {@link #ROUNDS} measured passes, each engine first in every other one; the
   * latencies of each engine, pooled.
   */
  static Latencies[] alternating(List<SearchRequest> mix, SearchEngine a, SearchEngine b)
      throws IOException {
    for (SearchRequest q : mix) {
      a.search(q);
      b.search(q);
    }
    Latencies la = new Latencies(mix.size() * ROUNDS);
    Latencies lb = new Latencies(mix.size() * ROUNDS);
    for (int round = 0; round < ROUNDS; round++) {
      boolean aFirst = round % 2 == 0;
      for (SearchRequest q : mix) {
        if (aFirst) {
          la.time(a, q);
          lb.time(b, q);
        } else {
          lb.time(b, q);
          la.time(a, q);
        }
      }
    }
    return new Latencies[] {la, lb};
  }

  private void time(SearchEngine engine, SearchRequest q) throws IOException {
    long t = System.nanoTime();
    engine.search(q);
    add(System.nanoTime() - t);
  }

  double percentile(double p) {
    double[] sorted = Arrays.copyOf(millis, n);
    Arrays.sort(sorted);
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
  }
}
