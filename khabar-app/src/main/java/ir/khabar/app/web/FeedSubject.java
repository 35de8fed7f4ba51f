package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.engine.Snippets;
import ir.khabar.core.understand.entities.EntityRecognizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a feed follows, read from {@code /feed}'s parameters: a search with the search page's
 * parameters ({@code q} with its operators, {@code mode, source, from, to, person, country, org}),
 * optionally narrowed to an entity ({@code entity=ID}) or a country pair ({@code countries=A,B});
 * or a story ({@code story=ID}). Its title, the page it mirrors, and its newest articles, newest
 * first.
 */
record FeedSubject(String title, String page, List<Item> items) {
  /** An article of the feed and the summary shown with it. */
  record Item(Article article, String summary) {}

  static FeedSubject of(Context ctx, SearchEngine engine) throws IOException {
    String story = param(ctx, "story");
    return story.isEmpty() ? search(ctx, engine) : story(story, engine);
  }

  private static FeedSubject story(String id, SearchEngine engine) throws IOException {
    List<Article> versions = new ArrayList<>(engine.story(id));
    if (versions.isEmpty()) {
      throw new NotFoundResponse("این ماجرا پیدا نشد.");
    }
    String title = versions.get(0).title();
    Collections.reverse(versions);
    List<Item> items =
        versions.stream()
            .limit(AtomFeed.ENTRIES)
            .map(a -> new Item(a, Snippets.opening(a)))
            .toList();
    return new FeedSubject(title, "/story/" + SearchParams.enc(id), items);
  }

  private static FeedSubject search(Context ctx, SearchEngine engine) throws IOException {
    SearchParams p = SearchParams.of(ctx);
    EntityFilter filter = p.entities();
    String entity = param(ctx, "entity");
    String[] pair = param(ctx, "countries").split("\\s*,\\s*");
    boolean countries = pair.length == 2 && !pair[0].isEmpty();
    if (countries) {
      EntityRecognizer recognizer = EntityRecognizer.get();
      pair[0] = recognizer.resolve(pair[0], Entity.Type.COUNTRY);
      pair[1] = recognizer.resolve(pair[1], Entity.Type.COUNTRY);
      filter = new EntityFilter(filter.person(), pair[0], pair[1], filter.org());
    }
    if (!entity.isEmpty()) {
      filter = new EntityFilter(entity, filter.country(), filter.otherCountry(), filter.org());
    }
    SearchRequest r = p.request(AtomFeed.ENTRIES);
    SearchRequest newest =
        new SearchRequest(
            r.query(),
            r.limit(),
            0,
            r.anyTerm(),
            r.source(),
            r.from(),
            r.to(),
            SearchRequest.Sort.NEWEST,
            filter);
    SearchResult result = p.query().isEmpty() ? engine.browse(newest) : engine.search(newest);
    List<Item> items = result.hits().stream().map(h -> new Item(h.article(), h.snippet())).toList();
    if (!entity.isEmpty()) {
      return new FeedSubject(nameOf(entity, items), "/entity/" + SearchParams.enc(entity), items);
    }
    if (countries) {
      return new FeedSubject(
          nameOf(pair[0], items) + " و " + nameOf(pair[1], items),
          "/countries/" + SearchParams.enc(pair[0]) + "/" + SearchParams.enc(pair[1]),
          items);
    }
    return p.query().isEmpty() && !newest.hasFilters()
        ? new FeedSubject("آخرین اخبار", "/", items)
        : new FeedSubject(
            p.query().isEmpty() ? "جست\u200cوجو" : p.query(),
            p.withPage("/search", 1) + (p.newest() ? "" : "&sort=newest"),
            items);
  }

  /** An entity's name as the articles write it, or its id when none does. */
  private static String nameOf(String id, List<Item> items) {
    return items.stream()
        .flatMap(i -> i.article().entities().stream())
        .filter(e -> e.id().equals(id))
        .map(Entity::name)
        .findFirst()
        .orElse(id);
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
