package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.web.view.Card;
import ir.khabar.app.web.view.Cards;
import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reader's pages besides the article: home, search, a story's timeline, a source's news. */
final class ReaderPages {
  static final int PAGE_SIZE = 10;
  static final int POPULAR_DAYS = 7;
  private final Site site;
  private final Trends trends;

  ReaderPages(Site site) {
    this.site = site;
    this.trends = new Trends(site);
  }

  void home(Context ctx) throws IOException {
    Instant now = site.clock().instant();
    SearchResult latest = site.engine().browse(SearchRequest.browse().limit(12).build());
    List<Card> cards = latest.hits().stream().map(h -> Cards.of(h, now)).toList();
    site.render(
        ctx,
        "home.jte",
        new Views.Home(
            site.page("", "آخرین اخبار خبرگزاری\u200cهای فارسی، یکجا و جستجوپذیر", "", "/feed"),
            cards,
            popular(10),
            sources(),
            Fa.number(site.engine().count())));
  }

  /** The most viewed articles of the last week. */
  List<Card> popular(int limit) throws IOException {
    Instant now = site.clock().instant();
    return site.mostViewed(POPULAR_DAYS, limit).stream()
        .map(v -> Cards.viewed(v.article(), v.views(), now))
        .toList();
  }

  List<Views.SourceLink> sources() throws IOException {
    List<Views.SourceLink> out = new ArrayList<>();
    for (SourceCount c : site.engine().sources()) {
      out.add(
          new Views.SourceLink(
              c.source().id(), c.source().name(), Fa.number(c.articles()) + " خبر"));
    }
    return out;
  }

  /** The total as a reader reads it: «بیش از ۱۰٬۰۰۰» where matches were counted only so far. */
  private static String total(SearchResult result) {
    String n = Fa.number(result.total());
    return result.totalExact() ? n : "بیش از " + n;
  }

  void search(Context ctx) throws IOException {
    SearchParams p = SearchParams.of(ctx);
    String error = null;
    SearchResult result = new SearchResult(p.query(), "", 0, List.of());
    try {
      SearchRequest r = p.request(PAGE_SIZE);
      result = p.query().isEmpty() ? site.engine().browse(r) : site.engine().search(r);
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
      ctx.status(400);
    }
    Instant now = site.clock().instant();
    String feed = p.withPage("/feed", 1); // the feed of this search, its filters kept
    String title = p.query().isEmpty() ? "آخرین اخبار" : "جستجو: " + p.query();
    Map<String, Object> more = new HashMap<>();
    if (error == null && result.total() > 0) {
      more.put("trend", trends.chart("trend", "شمار خبرها در گذر زمان", p.request(1), p));
      more.put("export", p.withPage("/api/search", 1));
    }
    site.render(
        ctx,
        "search.jte",
        new Views.Search(
            site.page(title, "", p.query(), feed),
            new Views.SearchForm(
                p.query(),
                p.source(),
                p.from(),
                p.to(),
                p.newest(),
                p.any(),
                p.person(),
                p.country(),
                p.org(),
                sources()),
            new Views.SearchOutcome(error == null, result.understood(), total(result), error, feed),
            result.hits().stream().map(h -> Cards.of(h, now)).toList(),
            Pagers.links(p.page(), result.total(), PAGE_SIZE, n -> p.withPage("/search", n)),
            error == null ? facets(p) : List.of(),
            result.suggestion() == null
                ? null
                : new Views.Suggestion(
                    result.suggestion(), p.withQuery(result.suggestion()).withPage("/search", 1))),
        more);
  }

  /** The search help: every operator with an example that links to its search. */
  void help(Context ctx) {
    site.render(
        ctx,
        "help.jte",
        site.page(
            "راهنمای جستجو",
            "نحو جستجو در خبر: AND، OR، NOT، منفی، پرانتز، عبارت، title:، source: و پیشوند",
            "",
            null));
  }

  /**
   * People, countries and organisations across every match, each a link that narrows the search to
   * it.
   */
  private List<Views.Facet> facets(SearchParams p) throws IOException {
    var counts = site.engine().facets(p.request(PAGE_SIZE), 8);
    List<Views.Facet> out = new ArrayList<>();
    facet(out, "اشخاص", "person", p.person(), counts.get(Entity.Type.PERSON), p);
    facet(out, "کشورها", "country", p.country(), counts.get(Entity.Type.COUNTRY), p);
    facet(out, "سازمان\u200cها", "org", p.org(), counts.get(Entity.Type.ORGANISATION), p);
    return out;
  }

  private static void facet(
      List<Views.Facet> out,
      String title,
      String param,
      String current,
      List<FacetCount> counts,
      SearchParams p) {
    if (counts == null || counts.isEmpty()) {
      return;
    }
    List<Views.FacetLink> links = new ArrayList<>();
    for (var c : counts) {
      boolean active = c.id().equals(current);
      String base = p.withPage("/search", 1);
      String href =
          active
              ? base.replace("&" + param + "=" + SearchParams.enc(current), "")
              : base + "&" + param + "=" + SearchParams.enc(c.id());
      links.add(new Views.FacetLink(c.name(), Fa.number(c.count()), href, active));
    }
    out.add(new Views.Facet(title, links));
  }

  void story(Context ctx) throws IOException {
    List<Article> versions = site.engine().story(ctx.pathParam("id"));
    if (versions.isEmpty()) {
      throw new NotFoundResponse("این رویداد پیدا نشد.");
    }
    Instant now = site.clock().instant();
    long sources = versions.stream().map(a -> a.source().id()).distinct().count();
    String summary =
        Fa.number(versions.size())
            + " خبر از "
            + Fa.number(sources)
            + " منبع، به ترتیب زمان انتشار";
    site.render(
        ctx,
        "story.jte",
        new Views.Story(
            site.page(
                versions.get(0).title(),
                summary,
                "",
                "/feed?story=" + SearchParams.enc(ctx.pathParam("id"))),
            versions.get(0).title(),
            summary,
            versions.stream().map(a -> Cards.of(a, now)).toList()));
  }

  void source(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int page = SearchParams.of(ctx).page();
    SearchResult r =
        site.engine()
            .browse(
                SearchRequest.browse()
                    .limit(PAGE_SIZE)
                    .offset((page - 1) * PAGE_SIZE)
                    .source(id)
                    .newestFirst()
                    .build());
    if (r.total() == 0) {
      throw new NotFoundResponse("از این منبع خبری نداریم.");
    }
    Instant now = site.clock().instant();
    String name = r.hits().isEmpty() ? id : r.hits().get(0).article().source().name();
    site.render(
        ctx,
        "source.jte",
        new Views.Source(
            site.page(name, "آخرین اخبار " + name, "", null),
            name,
            Fa.number(r.total()),
            r.hits().stream().map(h -> Cards.of(h, now)).toList(),
            Pagers.links(
                page,
                r.total(),
                PAGE_SIZE,
                n -> "/source/" + SearchParams.enc(id) + (n > 1 ? "?page=" + n : ""))));
  }
}
