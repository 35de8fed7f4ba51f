package ir.khabar.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchJson;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.persian.date.JalaliDates;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The web layer over a search engine: a search page, article pages and the JSON API. Server-rendered
 * HTML, right-to-left, no JavaScript. (The full reader site arrives with its own issue.)
 */
public final class WebServer {
  private static final int PAGE_SIZE = 10;
  private final SearchEngine engine;

  public WebServer(SearchEngine engine) {
    this.engine = engine;
  }

  public Javalin start(int port) {
    return Javalin.create(config -> {
      config.routes.get("/", ctx -> searchPage(ctx));
      config.routes.get("/search", ctx -> searchPage(ctx));
      config.routes.get("/a/{id}", ctx -> articlePage(ctx));
      config.routes.get("/api/search", ctx -> apiSearch(ctx));
      config.routes.get("/api/articles/{id}", ctx -> apiArticle(ctx));
      config.routes.get("/story/{id}", ctx -> storyPage(ctx));
      config.routes.get("/api/stories/{id}", ctx -> apiStory(ctx));
      config.routes.exception(IllegalArgumentException.class,
          (e, ctx) -> ctx.status(400).contentType("text/plain; charset=utf-8").result(e.getMessage()));
    }).start(port);
  }

  private SearchRequest request(Context ctx) {
    int page = Math.max(1, ctx.queryParamAsClass("page", Integer.class).getOrDefault(1));
    return new SearchRequest(Optional.ofNullable(ctx.queryParam("q")).orElse(""), PAGE_SIZE,
        (page - 1) * PAGE_SIZE, "any".equals(ctx.queryParam("mode")), blankToNull(ctx.queryParam("source")),
        date(ctx.queryParam("from")), date(ctx.queryParam("to")),
        "newest".equals(ctx.queryParam("sort")) ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE);
  }

  private void searchPage(Context ctx) throws IOException {
    SearchRequest r = request(ctx);
    SearchResult result = r.query().isBlank() ? null : engine.search(r);
    ctx.html(Pages.search(r, result, engine.count()));
  }

  private void articlePage(Context ctx) throws IOException {
    Optional<Article> a = engine.get(ctx.pathParam("id"));
    if (a.isEmpty()) {
      ctx.status(404).html(Pages.notFound());
      return;
    }
    ctx.html(Pages.article(a.get()));
  }

  private void apiSearch(Context ctx) throws IOException {
    SearchResult result = engine.search(request(ctx));
    ObjectNode o = SearchJson.toJson(result);
    o.put("understood", result.understood());
    for (int i = 0; i < result.hits().size(); i++) {
      ((ObjectNode) o.get("hits").get(i)).put("moreInStory", result.hits().get(i).moreInStory());
    }
    ctx.contentType("application/json; charset=utf-8").result(o.toString());
  }

  private void apiArticle(Context ctx) throws IOException {
    Optional<Article> a = engine.get(ctx.pathParam("id"));
    if (a.isEmpty()) {
      ctx.status(404).contentType("application/json; charset=utf-8").result("{\"error\":\"not found\"}");
      return;
    }
    ctx.contentType("application/json; charset=utf-8").result(ArticleJson.toJson(a.get()).toString());
  }

  private void storyPage(Context ctx) throws IOException {
    java.util.List<Article> versions = engine.story(ctx.pathParam("id"));
    if (versions.isEmpty()) {
      ctx.status(404).html(Pages.notFound());
      return;
    }
    ctx.html(Pages.story(versions));
  }

  private void apiStory(Context ctx) throws IOException {
    java.util.List<Article> versions = engine.story(ctx.pathParam("id"));
    if (versions.isEmpty()) {
      ctx.status(404).contentType("application/json; charset=utf-8").result("{\"error\":\"not found\"}");
      return;
    }
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("id", ctx.pathParam("id"));
    var list = o.putArray("articles");
    versions.forEach(a -> list.add(ArticleJson.toJson(a)));
    ctx.contentType("application/json; charset=utf-8").result(o.toString());
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return JalaliDates.parseDateArgument(s).orElseThrow(() -> new IllegalArgumentException("تاریخ نامعتبر: " + s));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
