package ir.khabar.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.store.CommentStore;
import ir.khabar.app.store.ReaderComment;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.search.SearchJson;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON API of DESIGN.md under /api: search, articles, latest, popular, related, stories,
 * comments.
 */
final class Api {
  private static final int MAX_LIMIT = 100;
  private final Site site;

  Api(Site site) {
    this.site = site;
  }

  void search(Context ctx) throws IOException {
    SearchParams p = SearchParams.of(ctx);
    SearchResult result = site.engine().search(p.request(limit(ctx, ReaderPages.PAGE_SIZE)));
    ObjectNode o =
        SearchJson.toJson(result, h -> SearchJson.hit(h).put("moreInStory", h.moreInStory()));
    o.put("understood", result.understood());
    o.put("page", p.page());
    json(ctx, o);
  }

  /**
   * The article as JSON. Not a page view: only a reader opening the article page ({@code /a/{id}})
   * is one.
   */
  void article(Context ctx) throws IOException {
    Article a = article(ctx.pathParam("id"));
    ObjectNode o = ArticleJson.toJson(a);
    CommentStore.Counts counts = site.comments().counts(a.id());
    o.put("readerComments", counts.published());
    o.put("readerCommentsPending", counts.pending());
    json(ctx, o);
  }

  void latest(Context ctx) throws IOException {
    SearchParams p = SearchParams.of(ctx);
    SearchResult r =
        site.engine()
            .browse(
                SearchRequest.browse()
                    .limit(limit(ctx, 20))
                    .source(p.source().isEmpty() ? null : p.source())
                    .build());
    ArrayNode list = ArticleJson.MAPPER.createArrayNode();
    r.hits().forEach(h -> list.add(ArticleJson.summary(h.article())));
    json(ctx, list);
  }

  void popular(Context ctx) throws IOException {
    int days =
        Math.max(
            1,
            Math.min(
                366,
                ctx.queryParamAsClass("days", Integer.class)
                    .getOrDefault(ReaderPages.POPULAR_DAYS)));
    ArrayNode list = ArticleJson.MAPPER.createArrayNode();
    site.mostViewed(days, limit(ctx, 10))
        .forEach(v -> list.add(ArticleJson.summary(v.article()).put("views", v.views())));
    json(ctx, list);
  }

  void related(Context ctx) throws IOException {
    Article a = article(ctx.pathParam("id"));
    ArrayNode list = ArticleJson.MAPPER.createArrayNode();
    site.engine()
        .related(a.id(), limit(ctx, ArticlePage.RELATED))
        .forEach(r -> list.add(ArticleJson.summary(r)));
    json(ctx, list);
  }

  void story(Context ctx) throws IOException {
    List<Article> versions = site.engine().story(ctx.pathParam("id"));
    if (versions.isEmpty()) {
      throw new NotFoundResponse("این رویداد پیدا نشد.");
    }
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("id", ctx.pathParam("id"));
    ArrayNode list = o.putArray("articles");
    versions.forEach(a -> list.add(ArticleJson.toJson(a)));
    json(ctx, o);
  }

  void sources(Context ctx) throws IOException {
    ArrayNode list = ArticleJson.MAPPER.createArrayNode();
    for (SourceCount c : site.engine().sources()) {
      list.addObject()
          .put("id", c.source().id())
          .put("name", c.source().name())
          .put("articles", c.articles());
    }
    json(ctx, list);
  }

  /**
   * {@code POST /api/articles/{id}/comments} with {@code {name, email, text}}: 202 when held for
   * moderation.
   */
  void submitComment(Context ctx) throws IOException {
    Article a = article(ctx.pathParam("id"));
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      // Only JSON: a form on another site can send text/plain to a visitor's browser, not JSON.
      error(ctx, 415, "نظر را با Content-Type: application/json بفرستید.");
      return;
    }
    JsonNode body;
    try {
      body = ArticleJson.MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      error(ctx, 400, "بدنهٔ درخواست باید JSON باشد: {name, email, text}");
      return;
    }
    CommentIntake.Outcome o =
        site.intake()
            .submit(
                a.id(),
                new CommentIntake.Submission(
                    body.path("name").asText(""),
                    body.path("email").asText(""),
                    body.path("text").asText("")),
                site.visitors().address(ctx));
    if (!o.held()) {
      ObjectNode err =
          ArticleJson.MAPPER.createObjectNode().put("error", String.join(" ", o.errors()));
      err.putArray("errors")
          .addAll(o.errors().stream().map(ArticleJson.MAPPER.getNodeFactory()::textNode).toList());
      ctx.status(o.status());
      json(ctx, err);
      return;
    }
    ctx.status(202);
    json(
        ctx,
        ArticleJson.MAPPER
            .createObjectNode()
            .put("id", o.id())
            .put("status", "pending")
            .put("message", "نظر شما ثبت شد و پس از بررسی منتشر می\u200cشود."));
  }

  /** The approved comments of an article and the counts. */
  void comments(Context ctx) throws IOException {
    Article a = article(ctx.pathParam("id"));
    CommentStore.Counts counts = site.comments().counts(a.id());
    ObjectNode o =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("published", counts.published())
            .put("pending", counts.pending());
    ArrayNode list = o.putArray("comments");
    site.comments().approved(a.id()).forEach(c -> list.add(publicComment(c)));
    json(ctx, o);
  }

  static ObjectNode publicComment(ReaderComment c) {
    return ArticleJson.MAPPER
        .createObjectNode()
        .put("id", c.id())
        .put("name", c.name())
        .put("text", c.text())
        .put("published", c.created().toString());
  }

  private Article article(String id) throws IOException {
    return site.engine().get(id).orElseThrow(() -> new NotFoundResponse("این خبر پیدا نشد."));
  }

  static int limit(Context ctx, int fallback) {
    return Math.max(
        1,
        Math.min(MAX_LIMIT, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(fallback)));
  }

  static void json(Context ctx, JsonNode node) {
    ctx.contentType("application/json; charset=utf-8").result(node.toString());
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status);
    json(ctx, ArticleJson.MAPPER.createObjectNode().put("error", message));
  }
}
