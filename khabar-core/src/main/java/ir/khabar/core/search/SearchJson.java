package ir.khabar.core.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;

/**
 * The JSON of a search, as DESIGN.md fixes it: {@code {"query", "total", "hits": [{"id", "title",
 * "source", "published", "url", "origin", "snippet", "score", "story"}]}}. The hit keys are a
 * contract and stay exactly these ({@code "suggestion"} is added beside them when the query finds
 * little and Khabar has a better guess): whether a date is known only to the day is in the
 * article's JSON ({@code publishedPrecision}, see {@link ArticleJson#putPublished}).
 */
public final class SearchJson {
  private SearchJson() {}

  public static ObjectNode toJson(SearchResult result) {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("query", result.query());
    o.put("total", result.total());
    if (result.suggestion() != null) {
      o.put("suggestion", result.suggestion());
    }
    ArrayNode hits = o.putArray("hits");
    for (Hit h : result.hits()) {
      Article a = h.article();
      ObjectNode n = hits.addObject();
      n.put("id", a.id());
      n.put("title", a.title());
      n.put("source", a.source().name());
      n.put("published", ArticleJson.iso(a.published()));
      n.put("url", a.url());
      n.put("origin", a.origin());
      n.put("snippet", h.snippet());
      n.put("score", h.score());
      n.put("story", a.story());
    }
    return o;
  }
}
