package ir.khabar.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.web.view.Cards;
import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.LatinNames;
import ir.khabar.persian.date.JalaliDate;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An entity's page (its timeline: events and articles) and a country pair's page (ایران و روسیه).
 */
final class EntityPages {
  private static final int ARTICLES = 10;
  private static final int EVENT_SOURCE = 200;
  private final Site site;

  EntityPages(Site site) {
    this.site = site;
  }

  void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!EntityNames.isId(id)) {
      byName(ctx, id);
      return;
    }
    int page = SearchParams.of(ctx).page();
    EntityFilter filter = EntityFilter.entity(id);
    SearchResult r = site.engine().browse(request(filter, ARTICLES, (page - 1) * ARTICLES));
    if (r.total() == 0) {
      throw new NotFoundResponse("خبری دربارهٔ این نام نداریم.");
    }
    Entity entity = describe(r, id);
    Instant now = site.clock().instant();
    List<Views.EventView> events = events(filter, involving(id));
    List<Views.EntityLink> together = new ArrayList<>();
    site.engine()
        .facets(request(filter, 1, 0), 8)
        .forEach(
            (type, counts) ->
                counts.stream()
                    .filter(c -> !c.id().equals(id))
                    .forEach(c -> together.add(link(c, type))));
    String title = entity.name();
    site.render(
        ctx,
        "entity.jte",
        new Views.EntityPage(
            site.page(
                title,
                typeName(entity.type()) + " در خبر",
                "",
                "/feed?entity=" + SearchParams.enc(id)),
            title,
            LatinNames.get().englishName(id),
            typeName(entity.type()),
            entity.role(),
            Fa.number(r.total()),
            events,
            r.hits().stream().map(h -> Cards.of(h, now)).toList(),
            together,
            Pagers.links(
                page,
                r.total(),
                ARTICLES,
                n -> "/entity/" + SearchParams.enc(id) + (n > 1 ? "?page=" + n : ""))));
  }

  /**
   * A name instead of an id: the entity's page when the name means one, else a choice between those
   * it may mean.
   */
  private void byName(Context ctx, String name) throws IOException {
    List<Views.EntityLink> candidates = new ArrayList<>();
    for (String id : EntityNames.candidates(site.engine(), name)) {
      SearchResult r = site.engine().browse(request(EntityFilter.entity(id), 1, 0));
      if (r.total() > 0 && candidates.size() < ARTICLES) {
        Entity e = describe(r, id);
        candidates.add(
            new Views.EntityLink(id, e.name(), typeName(e.type()), Fa.number(r.total()) + " خبر"));
      }
    }
    if (candidates.isEmpty()) {
      throw new NotFoundResponse("خبری دربارهٔ این نام نداریم.");
    }
    if (candidates.size() == 1) {
      ctx.redirect(candidates.get(0).href(), HttpStatus.FOUND);
      return;
    }
    site.render(
        ctx,
        "choose.jte",
        new Views.EntityChoice(
            site.page("«" + name + "»", "کدام را می‌خواهید؟", "", null), name, candidates));
  }

  /**
   * {@code GET /api/entities/{id}}: the entity, its events (newest first) and its latest articles.
   */
  void apiEntity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityFilter filter = EntityFilter.entity(id);
    SearchResult r = site.engine().browse(request(filter, Api.limit(ctx, ARTICLES), 0));
    if (r.total() == 0) {
      throw new NotFoundResponse("خبری دربارهٔ این نام نداریم.");
    }
    Entity entity = describe(r, id);
    var o =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("id", id)
            .put("type", entity.type().label())
            .put("name", entity.name());
    Api.json(ctx, timeline(o, filter, involving(id), r));
  }

  /**
   * {@code GET /api/countries/{a}/{b}}: the events between two countries and the articles naming
   * both.
   */
  void apiCountries(Context ctx) throws IOException {
    EntityRecognizer recognizer = EntityRecognizer.get();
    String a = recognizer.resolve(ctx.pathParam("a"), Entity.Type.COUNTRY);
    String b = recognizer.resolve(ctx.pathParam("b"), Entity.Type.COUNTRY);
    EntityFilter filter = EntityFilter.countries(a, b);
    SearchResult r = site.engine().browse(request(filter, Api.limit(ctx, ARTICLES), 0));
    Api.json(
        ctx,
        timeline(
            ArticleJson.MAPPER.createObjectNode().put("a", a).put("b", b),
            filter,
            between(a, b),
            r));
  }

  /**
   * The JSON timeline: article count, events as {@code show --json} prints them (with their
   * article), latest.
   */
  private ObjectNode timeline(
      ObjectNode o, EntityFilter filter, Predicate<Event> keep, SearchResult r) throws IOException {
    o.put("articles", r.total());
    var events = o.putArray("events");
    eventsOf(filter, keep)
        .forEach(x -> events.add(ArticleJson.event(x.event()).put("article", x.article().id())));
    var latest = o.putArray("latest");
    r.hits().forEach(h -> latest.add(Api.summary(h.article())));
    return o;
  }

  /** Events with this entity among the actors, or as the place. */
  private static Predicate<Event> involving(String id) {
    return e -> involves(e, id) || e.place() != null && e.place().id().equals(id);
  }

  /** Events with both countries among the actors. */
  private static Predicate<Event> between(String a, String b) {
    return e -> involves(e, a) && involves(e, b);
  }

  void countries(Context ctx) throws IOException {
    EntityRecognizer recognizer = EntityRecognizer.get();
    String a = recognizer.resolve(ctx.pathParam("a"), Entity.Type.COUNTRY);
    String b = recognizer.resolve(ctx.pathParam("b"), Entity.Type.COUNTRY);
    EntityFilter filter = EntityFilter.countries(a, b);
    SearchResult r = site.engine().browse(request(filter, ARTICLES, 0));
    if (r.total() == 0) {
      throw new NotFoundResponse("خبری که هر دو کشور را نام ببرد نداریم.");
    }
    String nameA = describe(r, a).name();
    String nameB = describe(r, b).name();
    List<Views.EventView> events = events(filter, between(a, b));
    Instant now = site.clock().instant();
    String title = nameA + " و " + nameB;
    site.render(
        ctx,
        "countries.jte",
        new Views.CountryPair(
            site.page(
                title,
                "رویدادها و موضوع\u200cهای " + title,
                "",
                "/feed?countries=" + SearchParams.enc(a + "," + b)),
            nameA,
            nameB,
            Fa.number(r.total()),
            events,
            months(events),
            r.hits().stream().map(h -> Cards.of(h, now)).toList()));
  }

  private static boolean involves(Event e, String id) {
    return e.actors().stream().anyMatch(x -> x.id().equals(id));
  }

  /**
   * Topics by Jalali month, newest month first, each month's topics by how many events raised them.
   */
  private static List<Views.TopicMonth> months(List<Views.EventView> events) {
    Map<String, Map<String, Integer>> byMonth = new LinkedHashMap<>();
    for (Views.EventView e : events) {
      if (!e.month().isEmpty()) {
        Map<String, Integer> topics =
            byMonth.computeIfAbsent(e.month(), k -> new LinkedHashMap<>());
        e.topics().forEach(t -> topics.merge(t, 1, Integer::sum));
      }
    }
    List<Views.TopicMonth> out = new ArrayList<>();
    byMonth.forEach(
        (month, topics) ->
            out.add(
                new Views.TopicMonth(
                    month,
                    topics.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(t -> t.getKey() + " (" + Fa.number(t.getValue()) + ")")
                        .toList())));
    return out;
  }

  /** An event and the article it was read from. */
  private record Found(Event event, Article article) {}

  private List<Views.EventView> events(EntityFilter filter, Predicate<Event> keep)
      throws IOException {
    return eventsOf(filter, keep).stream().map(f -> view(f.event(), f.article())).toList();
  }

  /**
   * The events (not statements) of the matching articles that pass {@code keep}, once each, newest
   * first.
   */
  private List<Found> eventsOf(EntityFilter filter, Predicate<Event> keep) throws IOException {
    List<Found> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (var h : site.engine().browse(request(filter, EVENT_SOURCE, 0)).hits()) {
      for (Event e : h.article().events()) {
        if (keep.test(e) && !"statement".equals(e.type()) && seen.add(e.sentence())) {
          out.add(new Found(e, h.article()));
        }
      }
    }
    out.sort(
        Comparator.comparing(
                (Found f) -> f.event().date() == null ? "" : f.event().date().toString())
            .reversed());
    return out;
  }

  static Views.EventView view(Event e, Article a) {
    return new Views.EventView(
        eventName(e.type()),
        e.cameo(),
        e.actors().stream()
            .map(x -> new Views.EntityLink(x.id(), x.name(), typeName(x.type()), ""))
            .toList(),
        e.place() == null
            ? null
            : new Views.EntityLink(
                e.place().id(), e.place().name(), typeName(e.place().type()), ""),
        e.date() == null ? "" : ir.khabar.persian.date.JalaliDates.formatDate(e.date()),
        e.date() == null ? "" : month(e.date()),
        e.date() == null ? "" : e.date().toString(),
        e.topics(),
        e.sentence(),
        a.id(),
        a.title());
  }

  private static String month(java.time.LocalDate d) {
    JalaliDate j = JalaliDate.of(d);
    return j.monthName() + " " + Fa.number(j.year()).replace("٬", "");
  }

  private static Entity describe(SearchResult r, String id) {
    for (var h : r.hits()) {
      Optional<Entity> e =
          h.article().entities().stream().filter(x -> x.id().equals(id)).findFirst();
      if (e.isPresent()) {
        return e.get();
      }
    }
    return new Entity(Entity.Type.PERSON, id, id, 0, null);
  }

  private static Views.EntityLink link(FacetCount c, Entity.Type type) {
    return new Views.EntityLink(c.id(), c.name(), typeName(type), Fa.number(c.count()));
  }

  private static SearchRequest request(EntityFilter filter, int limit, int offset) {
    return SearchRequest.browse()
        .limit(limit)
        .offset(offset)
        .newestFirst()
        .entities(filter)
        .build();
  }

  static String typeName(Entity.Type t) {
    return switch (t) {
      case PERSON -> "شخص";
      case COUNTRY -> "کشور";
      case PLACE -> "مکان";
      case ORGANISATION -> "سازمان";
    };
  }

  static String eventName(String type) {
    return switch (type) {
      case "visit" -> "سفر";
      case "host" -> "میزبانی";
      case "meet" -> "دیدار";
      case "talks" -> "گفت\u200cوگو";
      case "agreement" -> "توافق و امضا";
      default -> "اظهارات";
    };
  }
}
