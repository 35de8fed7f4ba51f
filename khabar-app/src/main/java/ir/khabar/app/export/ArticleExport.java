package ir.khabar.app.export;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Entity;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The matches of a search as rows: one article a row, its people and countries by name. */
public final class ArticleExport {
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "published",
          "publishedJalali",
          "source",
          "title",
          "url",
          "story",
          "people",
          "countries");

  private ArticleExport() {}

  /** Writes every match of the request, at most {@code max}; returns how many rows. */
  public static long write(
      SearchEngine engine, SearchRequest request, int max, ExportFormat format, OutputStream out)
      throws IOException {
    try (RowWriter rows = new RowWriter(format, COLUMNS, out)) {
      return Matches.each(
          engine,
          request,
          max,
          a -> {
            rows.write(row(a));
            return true;
          });
    }
  }

  static Map<String, Object> row(Article a) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("published", ArticleJson.iso(a.published()));
    r.put("publishedJalali", ArticleJson.jalali(a));
    r.put("source", a.source().name());
    r.put("title", a.title());
    r.put("url", a.url());
    r.put("story", a.story());
    r.put("people", names(a, Entity.Type.PERSON));
    r.put("countries", names(a, Entity.Type.COUNTRY));
    return r;
  }

  private static List<String> names(Article a, Entity.Type type) {
    return a.entities().stream()
        .filter(e -> e.type() == type)
        .map(Entity::name)
        .distinct()
        .toList();
  }
}
