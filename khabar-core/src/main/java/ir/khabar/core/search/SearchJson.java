package ir.khabar.core.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.ArticleJson;
import java.util.function.Function;

/**
 * The JSON of a search, as DESIGN.md fixes it: {@code {"query", "total", "hits": [{"id", "title",
 * "source", "published", "url", "origin", "snippet", "score", "story"}]}}. The hit keys are a
 * contract: a hit is the article's {@link ArticleJson#brief} with its origin, snippet and score
 * ({@code "suggestion"} is added beside the hits when the query finds little and Khabar has a
 * better guess; {@code "totalExact": false} when the total is a lower bound, past {@link
 * SearchResult#EXACT_TOTAL} matches). Whether a date is known only to the day is in the article's
 * JSON ({@code publishedPrecision}, see {@link ArticleJson#putPublished}).
 */
public final class SearchJson {
  private SearchJson() {}

  public static ObjectNode toJson(SearchResult result) {
    return toJson(result, SearchJson::hit);
  }

  /** The search with each hit written by {@code hitJson} (the API adds to {@link #hit}). */
  public static ObjectNode toJson(SearchResult result, Function<Hit, ObjectNode> hitJson) {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("query", result.query());
    o.put("total", result.total());
    if (!result.totalExact()) {
      o.put("totalExact", false);
    }
    if (result.suggestion() != null) {
      o.put("suggestion", result.suggestion());
    }
    ArrayNode hits = o.putArray("hits");
    result.hits().forEach(h -> hits.add(hitJson.apply(h)));
    return o;
  }

  public static ObjectNode hit(Hit h) {
    return ArticleJson.brief(h.article())
        .put("origin", h.article().origin())
        .put("snippet", h.snippet())
        .put("score", h.score());
  }
}
