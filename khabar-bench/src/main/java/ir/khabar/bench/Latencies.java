package ir.khabar.bench;

import java.util.Arrays;

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

  double percentile(double p) {
    double[] sorted = Arrays.copyOf(millis, n);
    Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
  }
}
