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
import ir.khabar.core.search.EventTimeline;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.LatinNames;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.date.JalaliDates;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An entity's page (its timeline: events and articles) and a country pair's page (ایران و روسیه).
 */
final class EntityPages {
  private static final int ARTICLES = 10;

  /** How many of the newest articles are read for the evidence of their links. */
  private static final int EVIDENCE_READ = 200;

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
    List<Views.EventView> events =
        views(EventTimeline.of(site.engine(), filter, EventTimeline.involving(id)));
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
            site.formPage(
                ctx,
                title,
                typeName(entity.type()) + " در خبر",
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
                n -> "/entity/" + SearchParams.enc(id) + (n > 1 ? "?page=" + n : "")),
            LinkEvidenceSummary.of(r.total(), evidenceRead(filter), id, entity.type()),
            LinkReportPages.form(ctx, id, r.hits().stream().map(h -> h.article()).toList())),
        Map.of(
            "trend",
            new Trends(site)
                .chart(
                    "trend",
                    "خبرهای " + title + " در گذر زمان",
                    request(filter, 1, 0),
                    new SearchParams("", "", "", "", 1, true, false, id, "", ""))));
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
            site.page("«" + name + "»", "کدام را می\u200cخواهید؟", "", null), name, candidates));
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
    var evidence = o.putObject("evidence");
    LinkEvidenceSummary.count(evidenceRead(filter), id)
        .forEach((e, n) -> evidence.put(e.label(), n));
    Api.json(ctx, timeline(o, filter, EventTimeline.involving(id), r));
  }

  /** The two countries of the address, as ids; a country with itself is no pair. */
  private static String[] pair(Context ctx) {
    EntityRecognizer recognizer = EntityRecognizer.get();
    String a = recognizer.resolve(ctx.pathParam("a"), Entity.Type.COUNTRY);
    String b = recognizer.resolve(ctx.pathParam("b"), Entity.Type.COUNTRY);
    if (a.equals(b)) {
      throw new NotFoundResponse(
          "رابطهٔ یک کشور با خودش صفحه\u200cای ندارد: دو کشور را نام ببرید.");
    }
    for (String[] named : new String[][] {{a, ctx.pathParam("a")}, {b, ctx.pathParam("b")}}) {
      if (!named[0].startsWith("country-")) {
        throw new NotFoundResponse("کشوری به نام «" + named[1].strip() + "» نمی\u200cشناسیم.");
      }
    }
    return new String[] {a, b};
  }

  /**
   * {@code GET /api/countries/{a}/{b}}: the events between two countries and the articles naming
   * both.
   */
  void apiCountries(Context ctx) throws IOException {
    String[] pair = pair(ctx);
    String a = pair[0];
    String b = pair[1];
    EntityFilter filter = EntityFilter.countries(a, b);
    SearchResult r = site.engine().browse(request(filter, Api.limit(ctx, ARTICLES), 0));
    Api.json(
        ctx,
        timeline(
            ArticleJson.MAPPER.createObjectNode().put("a", a).put("b", b),
            filter,
            EventTimeline.between(a, b),
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
    EventTimeline.of(site.engine(), filter, keep)
        .forEach(x -> events.add(ArticleJson.event(x.event()).put("article", x.article().id())));
    var latest = o.putArray("latest");
    r.hits().forEach(h -> latest.add(ArticleJson.summary(h.article())));
    return o;
  }

  void countries(Context ctx) throws IOException {
    String[] pair = pair(ctx);
    String a = pair[0];
    String b = pair[1];
    EntityFilter filter = EntityFilter.countries(a, b);
    SearchResult r = site.engine().browse(request(filter, ARTICLES, 0));
    if (r.total() == 0) {
      throw new NotFoundResponse("خبری که هر دو کشور را نام ببرد نداریم.");
    }
    String nameA = describe(r, a).name();
    String nameB = describe(r, b).name();
    List<EventTimeline.Found> found =
        EventTimeline.of(site.engine(), filter, EventTimeline.between(a, b));
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
            views(found),
            months(found),
            r.hits().stream().map(h -> Cards.of(h, now)).toList()),
        Map.of(
            "trend",
            new Trends(site)
                .chart("trend", "خبرهای " + title + " در گذر زمان", request(filter, 1, 0), null),
            "pair",
            "country=" + SearchParams.enc(a) + "&country2=" + SearchParams.enc(b)));
  }

  private static List<Views.EventView> views(List<EventTimeline.Found> found) {
    return found.stream().map(f -> view(f.event(), f.article())).toList();
  }

  private static List<Views.TopicMonth> months(List<EventTimeline.Found> events) {
    return EventTimeline.topicsByMonth(events).stream()
        .map(
            m ->
                new Views.TopicMonth(
                    monthName(m.month()),
                    m.topics().stream()
                        .map(t -> t.getKey() + " (" + Fa.number(t.getValue()) + ")")
                        .toList()))
        .toList();
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
        e.date() == null ? "" : JalaliDates.formatDate(e.date()),
        e.date() == null ? "" : monthName(JalaliDate.of(e.date())),
        e.date() == null ? "" : e.date().toString(),
        e.topics(),
        e.sentence(),
        a.id(),
        a.title());
  }

  private static String monthName(JalaliDate j) {
    return j.monthName() + " " + Fa.number(j.year()).replace("٬", "");
  }

  /** The newest articles naming the entity, read for the evidence of their links. */
  private List<Article> evidenceRead(EntityFilter filter) throws IOException {
    return site.engine().browse(request(filter, EVIDENCE_READ, 0)).hits().stream()
        .map(h -> h.article())
        .toList();
  }

  private static Entity describe(SearchResult r, String id) {
    return r.entity(id).orElse(new Entity(Entity.Type.PERSON, id, id, 0, null));
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

  static String eventName(Event.Type type) {
    return switch (type) {
      case VISIT -> "سفر";
      case HOST -> "میزبانی";
      case MEET -> "دیدار";
      case TALKS -> "گفت\u200cوگو";
      case AGREEMENT -> "توافق و امضا";
      case STATEMENT -> "اظهارات";
    };
  }
}
