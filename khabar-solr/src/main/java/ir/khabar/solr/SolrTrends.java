package ir.khabar.solr;

import static ir.khabar.core.search.engine.ArticleDocuments.PUBLISHED;
import static ir.khabar.core.search.engine.ArticleDocuments.SOURCE_FACET;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.util.NamedList;

/**
 * A trend's counts through Solr's JSON facets: the span of the matches' publication times (min and
 * max), then one range facet over the shared bucket edges with the sources counted in each.
 */
final class SolrTrends {
  private final SolrSearches.Querier solr;

  SolrTrends(SolrSearches.Querier solr) {
    this.solr = solr;
  }

  /** The earliest and latest publication time of the matches; null when none has one. */
  long[] span(String queryXml) throws IOException {
    SolrQuery q = SolrSearches.xml(queryXml).setRows(0);
    q.set("json.facet", "{lo:\"min(" + PUBLISHED + ")\",hi:\"max(" + PUBLISHED + ")\"}");
    NamedList<?> facets = facets(solr.query("read the span of a trend", q));
    Object lo = facets == null ? null : facets.get("lo");
    Object hi = facets == null ? null : facets.get("hi");
    if (!(lo instanceof Number) || !(hi instanceof Number)) {
      return null;
    }
    return new long[] {((Number) lo).longValue(), ((Number) hi).longValue()};
  }

  /** Per range {@code [edges[i], edges[i+1])}, the matches' count per source facet value. */
  List<Map<String, Long>> ranges(String queryXml, long[] edges) throws IOException {
    StringBuilder ranges = new StringBuilder();
    for (int i = 0; i + 1 < edges.length; i++) {
      ranges
          .append(i == 0 ? "" : ",")
          .append("{from:")
          .append(edges[i])
          .append(",to:")
          .append(edges[i + 1])
          .append(",inclusive_from:true,inclusive_to:false}");
    }
    SolrQuery q = SolrSearches.xml(queryXml).setRows(0);
    q.set(
        "json.facet",
        "{t:{type:range,field:"
            + PUBLISHED
            + ",ranges:["
            + ranges
            + "],facet:{s:{type:terms,field:"
            + SOURCE_FACET
            + ",limit:-1,mincount:1}}}}");
    NamedList<?> facets = facets(solr.query("count a trend", q));
    List<Map<String, Long>> out = new ArrayList<>();
    List<?> buckets = facets == null ? null : buckets(facets.get("t"));
    for (int i = 0; i + 1 < edges.length; i++) {
      Map<String, Long> counts = new HashMap<>();
      if (buckets != null && i < buckets.size()) {
        for (Object s : buckets(((NamedList<?>) buckets.get(i)).get("s"))) {
          NamedList<?> source = (NamedList<?>) s;
          counts.put((String) source.get("val"), ((Number) source.get("count")).longValue());
        }
      }
      out.add(counts);
    }
    return out;
  }

  private static NamedList<?> facets(org.apache.solr.client.solrj.response.QueryResponse r) {
    return (NamedList<?>) r.getResponse().get("facets");
  }

  private static List<?> buckets(Object facet) {
    return facet instanceof NamedList<?> n && n.get("buckets") instanceof List<?> l ? l : List.of();
  }
}
