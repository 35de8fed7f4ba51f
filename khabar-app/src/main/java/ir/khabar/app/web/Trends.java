package ir.khabar.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import ir.khabar.app.web.view.TrendChart;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.Trend;
import ir.khabar.core.search.TrendInterval;
import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/trends?q=…&interval=day|week|month} and the search's filters: how many matching
 * articles each Tehran day, Saturday-to-Friday week or Jalali month had, in all and per source.
 */
final class Trends {
  private final Site site;

  Trends(Site site) {
    this.site = site;
  }

  void api(Context ctx) throws IOException {
    String asked = ctx.queryParam("interval");
    TrendInterval interval =
        asked == null || asked.isBlank() ? TrendInterval.MONTH : TrendInterval.parse(asked);
    SearchParams p = SearchParams.of(ctx);
    Api.json(ctx, json(site.engine().trend(Exports.request(ctx, p), interval)));
  }

  static ObjectNode json(Trend t) {
    ObjectNode o =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("query", t.query())
            .put("interval", t.interval().name().toLowerCase(Locale.ROOT))
            .put("total", t.total());
    ArrayNode buckets = o.putArray("buckets");
    for (Trend.Bucket b : t.buckets()) {
      ObjectNode n =
          buckets
              .addObject()
              .put("start", b.start().toString())
              .put("label", TrendLabels.label(t.interval(), b.start()))
              .put("count", b.count());
      ObjectNode bySource = n.putObject("bySource");
      b.bySource().entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                  .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> bySource.put(e.getKey(), e.getValue()));
    }
    return o;
  }

  /**
   * The chart of a page's articles (a search, an entity, a country pair); each bar links to the
   * search {@code search} narrowed to its days (null: bars link nowhere).
   */
  TrendChart chart(String id, String title, SearchRequest request, SearchParams search)
      throws IOException {
    Trend t = TrendCharts.auto(site.engine(), request);
    return TrendCharts.chart(
        id,
        title,
        t,
        TrendCharts.sourceNames(site.engine()),
        search == null ? null : b -> days(search, t.interval(), b),
        0);
  }

  /** The search narrowed to a bucket's days. */
  static String days(SearchParams search, TrendInterval interval, Trend.Bucket b) {
    String base = search.withPage("/search", 1).replaceAll("&(from|to)=[^&]*", "");
    return base
        + "&from="
        + b.start()
        + "&to="
        + interval.next(b.start()).minusDays(1)
        + "&sort=newest";
  }
}
