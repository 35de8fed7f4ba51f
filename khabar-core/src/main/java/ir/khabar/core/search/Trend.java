package ir.khabar.core.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many matching articles were published in each bucket of time, in all and per source: the
 * attention a subject got over time. Buckets run from the first match's to the last match's, empty
 * ones included; articles of unknown date are not counted.
 */
public record Trend(String query, TrendInterval interval, List<Bucket> buckets) {
  /** At most this many buckets: about ten years of weeks, or three of days. */
  public static final int MAX_BUCKETS = 1_100;

  public Trend {
    buckets = List.copyOf(buckets);
  }

  /** One bucket from its first day (Tehran), with its count and the count of each source id. */
  public record Bucket(LocalDate start, long count, Map<String, Long> bySource) {
    public Bucket {
      bySource = Map.copyOf(bySource);
    }
  }

  /** The articles counted in every bucket together. */
  public long total() {
    return buckets.stream().mapToLong(Bucket::count).sum();
  }
}
