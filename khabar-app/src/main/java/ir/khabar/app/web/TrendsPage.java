package ir.khabar.app.web;

import io.javalin.http.Context;
import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.TrendChart;
import ir.khabar.app.web.view.TrendComparison;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.Trend;
import ir.khabar.core.search.TrendInterval;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /trends?q=…&q=…&q=…}: up to three searches compared over time, on one set of buckets and
 * one scale, with the search filters applied to each.
 */
final class TrendsPage {
  static final int MAX_QUERIES = 3;
  private final Site site;

  TrendsPage(Site site) {
    this.site = site;
  }

  void show(Context ctx) throws IOException {
    List<String> queries =
        ctx.queryParams("q").stream()
            .map(String::strip)
            .filter(q -> !q.isEmpty())
            .distinct()
            .limit(MAX_QUERIES)
            .toList();
    String asked = ctx.queryParam("interval");
    String error = null;
    List<Trend> trends = List.of();
    TrendInterval interval = TrendInterval.MONTH;
    try {
      SearchParams p = SearchParams.of(ctx);
      interval =
          asked == null || asked.isBlank() ? choose(queries, ctx, p) : TrendInterval.parse(asked);
      trends = aligned(queries, ctx, p, interval);
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
      ctx.status(400);
    }
    render(ctx, queries, interval, trends, error);
  }

  private void render(
      Context ctx, List<String> queries, TrendInterval interval, List<Trend> trends, String error)
      throws IOException {
    long scale = trends.stream().mapToLong(TrendCharts::maxCount).max().orElse(0);
    Map<String, String> names = TrendCharts.sourceNames(site.engine());
    List<TrendChart> charts = new ArrayList<>();
    for (int i = 0; i < trends.size(); i++) {
      SearchParams search = SearchParams.of(ctx).withQuery(queries.get(i));
      Trend t = trends.get(i);
      charts.add(
          TrendCharts.chart(
              "trend-" + i,
              "«" + queries.get(i) + "»",
              t,
              names,
              b -> Trends.days(search, t.interval(), b),
              scale));
    }
    String title = queries.isEmpty() ? "روند خبرها" : "روند خبرها: " + String.join("، ", queries);
    site.render(
        ctx,
        "trends.jte",
        new TrendComparison(
            site.page(title, "شمار خبرهای هر جستجو در گذر زمان، به ماه و هفتهٔ خورشیدی", "", null),
            queries,
            interval.name().toLowerCase(Locale.ROOT),
            charts,
            queries,
            rows(trends),
            error));
  }

  /** Jalali months, or weeks or days when months give fewer than three buckets over all. */
  private TrendInterval choose(List<String> queries, Context ctx, SearchParams p)
      throws IOException {
    for (TrendInterval i : List.of(TrendInterval.MONTH, TrendInterval.WEEK)) {
      List<Trend> t = aligned(queries, ctx, p, i);
      if (t.isEmpty() || t.get(0).buckets().size() >= 3) {
        return i;
      }
    }
    return TrendInterval.DAY;
  }

  /** Each search's trend over the same buckets: from the earliest first bucket to the latest. */
  private List<Trend> aligned(
      List<String> queries, Context ctx, SearchParams p, TrendInterval interval)
      throws IOException {
    List<Trend> trends = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (String q : queries) {
      SearchRequest r = Exports.request(ctx, p.withQuery(q));
      Trend t = site.engine().trend(r, interval);
      trends.add(t);
      if (!t.buckets().isEmpty()) {
        LocalDate a = t.buckets().get(0).start();
        LocalDate b = t.buckets().get(t.buckets().size() - 1).start();
        first = first == null || a.isBefore(first) ? a : first;
        last = last == null || b.isAfter(last) ? b : last;
      }
    }
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate d = first; d != null && !d.isAfter(last); d = interval.next(d)) {
      if (starts.size() == Trend.MAX_BUCKETS) {
        throw new IllegalArgumentException(
            "این بازه بیش از "
                + Fa.number(Trend.MAX_BUCKETS)
                + " ستون دارد؛ week یا month بخواهید.");
      }
      starts.add(d);
    }
    return trends.stream().map(t -> TrendCharts.pad(t, starts)).toList();
  }

  private static List<TrendComparison.Row> rows(List<Trend> trends) {
    List<TrendComparison.Row> rows = new ArrayList<>();
    if (trends.isEmpty()) {
      return rows;
    }
    Trend first = trends.get(0);
    for (int i = 0; i < first.buckets().size(); i++) {
      int at = i;
      rows.add(
          new TrendComparison.Row(
              TrendLabels.label(first.interval(), first.buckets().get(i).start()),
              trends.stream().map(t -> Fa.number(t.buckets().get(at).count())).toList()));
    }
    return rows;
  }
}
