package ir.khabar.core.search.engine;

import ir.khabar.core.search.Trend;
import ir.khabar.core.search.TrendInterval;
import ir.khabar.persian.date.JalaliDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trend's buckets, the same for every engine: their first days (Tehran) from the first match's to
 * the last match's, the instants an engine counts between, and the trend from its counts of
 * "id\u0001name" source values per bucket.
 */
public final class TrendBuckets {
  private TrendBuckets() {}

  /**
   * The first day of every bucket from the one holding {@code first} to the one holding {@code
   * last}.
   */
  public static List<LocalDate> starts(TrendInterval interval, long firstMillis, long lastMillis) {
    LocalDate last = interval.start(day(lastMillis));
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = interval.start(day(firstMillis)); !d.isAfter(last); d = interval.next(d)) {
      if (out.size() == Trend.MAX_BUCKETS) {
        throw new IllegalArgumentException(
            "این بازه بیش از "
                + persianDigits(Trend.MAX_BUCKETS)
                + " ستون دارد؛ "
                + switch (interval) {
                  case DAY -> "بازهٔ بزرگ\u200cتری (week یا month) یا ";
                  case WEEK -> "بازهٔ بزرگ\u200cتری (month) یا ";
                  case MONTH -> "";
                }
                + "تاریخ\u200cهای نزدیک\u200cتری بخواهید.");
      }
      out.add(d);
    }
    return out;
  }

  private static String persianDigits(int n) {
    StringBuilder out = new StringBuilder();
    String.valueOf(n).chars().forEach(c -> out.append((char) ('۰' + c - '0')));
    return out.toString();
  }

  /**
   * The bounds an engine counts between, in epoch milliseconds: bucket {@code i} holds the articles
   * from {@code edges[i]} (included) to {@code edges[i + 1]} (excluded).
   */
  public static long[] edges(TrendInterval interval, List<LocalDate> starts) {
    long[] edges = new long[starts.size() + 1];
    for (int i = 0; i < starts.size(); i++) {
      edges[i] = millis(starts.get(i));
    }
    edges[starts.size()] = millis(interval.next(starts.get(starts.size() - 1)));
    return edges;
  }

  /** The trend from each bucket's count per source value ({@link FacetValues#of}). */
  public static Trend trend(
      String query,
      TrendInterval interval,
      List<LocalDate> starts,
      List<Map<String, Long>> countsBySourceValue) {
    List<Trend.Bucket> buckets = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      Map<String, Long> bySource = new HashMap<>();
      countsBySourceValue
          .get(i)
          .forEach((value, n) -> bySource.merge(sourceId(value), n, Long::sum));
      long count = bySource.values().stream().mapToLong(Long::longValue).sum();
      buckets.add(new Trend.Bucket(starts.get(i), count, bySource));
    }
    return new Trend(query, interval, buckets);
  }

  private static String sourceId(String value) {
    int sep = value.indexOf(FacetValues.SEPARATOR);
    return sep < 0 ? value : value.substring(0, sep);
  }

  private static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(JalaliDates.TEHRAN).toLocalDate();
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(JalaliDates.TEHRAN).toInstant().toEpochMilli();
  }
}
