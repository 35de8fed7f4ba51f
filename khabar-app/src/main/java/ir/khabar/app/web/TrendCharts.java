package ir.khabar.app.web;

import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.TrendChart;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.search.Trend;
import ir.khabar.core.search.TrendInterval;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays a trend out as stacked bars: the earliest bucket on the right (Persian reads from the
 * right), the six largest sources in their own colours and the rest together, a rounded scale.
 */
final class TrendCharts {
  static final int WIDTH = 720;
  static final int HEIGHT = 220;
  private static final int COLOURS = 6;
  private static final int AXIS_LABELS = 8;
  private static final double LEFT = 8;
  private static final double TOP = 12;
  private static final String OTHERS = "so";

  private TrendCharts() {}

  /**
   * The trend by Jalali month, or by week or day when months give fewer than three bars: how the
   * pages choose.
   */
  static Trend auto(SearchEngine engine, SearchRequest request) throws IOException {
    Trend t = engine.trend(request, TrendInterval.MONTH);
    if (t.buckets().size() < 3) {
      t = engine.trend(request, TrendInterval.WEEK);
    }
    return t.buckets().size() < 3 ? engine.trend(request, TrendInterval.DAY) : t;
  }

  /** Each source's name by id, for the legend. */
  static Map<String, String> sourceNames(SearchEngine engine) throws IOException {
    Map<String, String> names = new HashMap<>();
    for (SourceCount c : engine.sources()) {
      names.put(c.source().id(), c.source().name());
    }
    return names;
  }

  /** The trend over these bucket starts, empty buckets where it had none (aligning trends). */
  static Trend pad(Trend t, List<LocalDate> starts) {
    Map<LocalDate, Trend.Bucket> by = new HashMap<>();
    t.buckets().forEach(b -> by.put(b.start(), b));
    return new Trend(
        t.query(),
        t.interval(),
        starts.stream().map(s -> by.getOrDefault(s, new Trend.Bucket(s, 0, Map.of()))).toList());
  }

  /**
   * The chart; {@code href} gives the search a bar links to; {@code scale} is the top of the scale
   * (0: the trend's own largest bucket), so charts side by side can share one.
   */
  static TrendChart chart(
      String id,
      String title,
      Trend trend,
      Map<String, String> names,
      Function<Trend.Bucket, String> href,
      long scale) {
    List<String> sources = largestSources(trend);
    List<TrendChart.Legend> legend = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      legend.add(new TrendChart.Legend(css(i), names.getOrDefault(sources.get(i), sources.get(i))));
    }
    boolean others = trend.buckets().stream().anyMatch(b -> rest(b, sources) > 0);
    if (others) {
      legend.add(new TrendChart.Legend(OTHERS, "سایر منابع"));
    }
    long top = nice(scale > 0 ? scale : maxCount(trend));
    double base = HEIGHT - 28;
    double right = WIDTH - 44;
    int n = trend.buckets().size();
    double slot = n == 0 ? 0 : (right - LEFT) / n;
    double gap = slot > 6 ? slot * 0.18 : 0;
    int every = Math.max(1, (int) Math.ceil(n / (double) AXIS_LABELS));
    List<TrendChart.Bar> bars = new ArrayList<>();
    List<TrendChart.Row> table = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Trend.Bucket b = trend.buckets().get(i);
      String label = TrendLabels.label(trend.interval(), b.start());
      List<TrendChart.Segment> segments = new ArrayList<>();
      double y = base;
      List<String> cells = new ArrayList<>();
      for (int s = 0; s <= sources.size(); s++) {
        boolean rest = s == sources.size();
        if (rest && !others) {
          break;
        }
        long c = rest ? rest(b, sources) : b.bySource().getOrDefault(sources.get(s), 0L);
        cells.add(Fa.number(c));
        if (c > 0) {
          double h = (base - TOP) * c / top;
          y -= h;
          String who = legend.get(s).name();
          segments.add(
              new TrendChart.Segment(
                  y, h, rest ? OTHERS : css(s), who + ": " + Fa.number(c) + " خبر، " + label));
        }
      }
      bars.add(
          new TrendChart.Bar(
              right - (i + 1) * slot + gap / 2,
              slot - gap,
              label + ": " + Fa.number(b.count()) + " خبر",
              i % every == 0 ? TrendLabels.axis(trend.interval(), b.start()) : "",
              href == null ? null : href.apply(b),
              segments));
      table.add(new TrendChart.Row(label, Fa.number(b.count()), cells));
    }
    return new TrendChart(
        id,
        title,
        summary(trend),
        WIDTH,
        HEIGHT,
        bars,
        ticks(top, base),
        legend,
        legend.stream().map(TrendChart.Legend::name).toList(),
        table);
  }

  private static List<TrendChart.Tick> ticks(long top, double base) {
    List<TrendChart.Tick> ticks = new ArrayList<>();
    for (long v : top >= 2 ? new long[] {0, top / 2, top} : new long[] {0, top}) {
      ticks.add(new TrendChart.Tick(base - (base - TOP) * v / top, Fa.number(v)));
    }
    return ticks;
  }

  /** In words: how many articles over which span, and the busiest bucket. */
  static String summary(Trend t) {
    if (t.buckets().isEmpty()) {
      return "خبری با تاریخ انتشار پیدا نشد.";
    }
    Trend.Bucket peak = t.buckets().get(0);
    for (Trend.Bucket b : t.buckets()) {
      peak = b.count() > peak.count() ? b : peak;
    }
    return Fa.number(t.total())
        + " خبر از "
        + TrendLabels.label(t.interval(), t.buckets().get(0).start())
        + " تا "
        + TrendLabels.label(t.interval(), t.buckets().get(t.buckets().size() - 1).start())
        + "؛ بیشترین در "
        + TrendLabels.label(t.interval(), peak.start())
        + " با "
        + Fa.number(peak.count())
        + " خبر.";
  }

  static long maxCount(Trend t) {
    return t.buckets().stream().mapToLong(Trend.Bucket::count).max().orElse(0);
  }

  /** The sources with the most articles over the trend, at most six, the largest first. */
  private static List<String> largestSources(Trend t) {
    Map<String, Long> totals = new LinkedHashMap<>();
    t.buckets().forEach(b -> b.bySource().forEach((s, n) -> totals.merge(s, n, Long::sum)));
    return totals.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(COLOURS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static long rest(Trend.Bucket b, List<String> sources) {
    return b.count() - sources.stream().mapToLong(s -> b.bySource().getOrDefault(s, 0L)).sum();
  }

  private static String css(int i) {
    return "s" + i;
  }

  /** A round top for the scale: 1, 2 or 5 times a power of ten, at least the largest count. */
  private static long nice(long max) {
    if (max <= 1) {
      return 1;
    }
    long p = 1;
    while (p * 10 < max) {
      p *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * p >= max) {
        return m * p;
      }
    }
    return max;
  }
}
