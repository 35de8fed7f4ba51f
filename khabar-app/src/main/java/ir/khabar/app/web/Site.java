package ir.khabar.app.web;

import io.javalin.http.Context;
import ir.khabar.app.store.CommentStore;
import ir.khabar.app.store.ViewStore;
import ir.khabar.app.web.view.Page;
import ir.khabar.core.Article;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.persian.date.JalaliDates;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the handlers share: the engine, the stores, the templates and the request helpers. */
record Site(
    SearchEngine engine,
    CommentStore comments,
    ViewStore views,
    Templates templates,
    Visitors visitors,
    Csrf csrf,
    AdminAuth admin,
    CommentIntake intake,
    Clock clock) {

  LocalDate today() {
    return LocalDate.now(clock.withZone(JalaliDates.TEHRAN));
  }

  /** A page's frame; its forms, if any, are GET forms. */
  Page page(String title, String description, String query, String feed) {
    return new Page(title, description, query, feed, null);
  }

  /** The frame of a page with POST forms: the browser gets its CSRF token. */
  Page formPage(Context ctx, String title, String description) {
    return formPage(ctx, title, description, null);
  }

  /** The frame of a page with POST forms and a feed of its own. */
  Page formPage(Context ctx, String title, String description, String feed) {
    return new Page(title, description, "", feed, csrf.token(ctx));
  }

  /** An article and its views over the period asked. */
  record Viewed(Article article, long views) {}

  /** The most viewed articles of the last {@code days} Tehran days that are still in the index. */
  List<Viewed> mostViewed(int days, int limit) throws IOException {
    List<Viewed> out = new ArrayList<>();
    for (ViewStore.Viewed v : views.mostViewed(today().minusDays(days - 1), limit * 2)) {
      var a = engine.get(v.articleId());
      if (a.isPresent() && out.size() < limit) {
        out.add(new Viewed(a.get(), v.views()));
      }
    }
    return out;
  }

  void render(Context ctx, String template, Object model) {
    ctx.contentType("text/html; charset=utf-8").result(templates.render(template, model));
  }

  /**
   * A page whose template takes its model {@code v} and more named parameters, such as a trend
   * chart (a null value: the template's default).
   */
  void render(Context ctx, String template, Object model, Map<String, Object> more) {
    Map<String, Object> params = new HashMap<>(more);
    params.put("v", model);
    ctx.contentType("text/html; charset=utf-8").result(templates.render(template, params));
  }
}
