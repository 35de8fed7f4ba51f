package ir.khabar.app.web;

import io.javalin.http.Context;
import ir.khabar.app.export.ArticleExport;
import ir.khabar.app.export.EventExport;
import ir.khabar.app.export.ExportFormat;
import ir.khabar.app.export.Matches;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.EventTimeline;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.understand.entities.EntityRecognizer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code /api/search?…&format=csv|jsonl} and {@code /api/events?…&format=csv|jsonl}: every match of
 * the search's filters (at most {@link Matches#MAX}, or {@code limit}), streamed as a download.
 */
final class Exports {
  private final Site site;

  Exports(Site site) {
    this.site = site;
  }

  /** Whether the request asks for a download rather than the JSON page of hits. */
  static boolean requested(Context ctx) {
    String f = ctx.queryParam("format");
    return f != null && !f.isBlank() && !f.strip().equalsIgnoreCase("json");
  }

  void search(Context ctx) throws IOException {
    ExportFormat format = ExportFormat.parse(ctx.queryParam("format"));
    SearchParams p = SearchParams.of(ctx);
    SearchRequest request = request(ctx, p);
    int max = max(ctx);
    OutputStream out = download(ctx, format, "search", p.query());
    // A blank query lists what its filters let through, as the search page does.
    ArticleExport.write(site.engine(), request, max, format, out);
  }

  void events(Context ctx) throws IOException {
    String f = ctx.queryParam("format");
    ExportFormat format = f == null || f.isBlank() ? ExportFormat.JSONL : ExportFormat.parse(f);
    SearchParams p = SearchParams.of(ctx);
    SearchRequest request = request(ctx, p);
    OutputStream out = download(ctx, format, "events", p.query());
    EventExport.write(site.engine(), request, involving(request.entities()), max(ctx), format, out);
  }

  /**
   * The search's request, every match from the first; {@code country2} names a country pair's
   * second country.
   */
  static SearchRequest request(Context ctx, SearchParams p) {
    SearchRequest r = p.request(1);
    EntityFilter e = r.entities();
    String second = ctx.queryParam("country2");
    return r.withPage(0, 1)
        .withEntities(
            new EntityFilter(
                e.person(),
                e.country(),
                second == null || second.isBlank() ? e.otherCountry() : second,
                e.org()));
  }

  /** Events that involve every entity the search is narrowed to (as an actor or the place). */
  private static Predicate<Event> involving(EntityFilter filter) {
    List<String> ids = new ArrayList<>();
    EntityRecognizer names = EntityRecognizer.get();
    add(ids, names, filter.person(), Entity.Type.PERSON);
    add(ids, names, filter.country(), Entity.Type.COUNTRY);
    add(ids, names, filter.otherCountry(), Entity.Type.COUNTRY);
    add(ids, names, filter.org(), Entity.Type.ORGANISATION);
    return ids.stream().map(EventTimeline::involving).reduce(e -> true, Predicate::and);
  }

  private static void add(
      List<String> ids, EntityRecognizer names, String nameOrId, Entity.Type type) {
    if (nameOrId != null) {
      ids.add(names.resolve(nameOrId, type));
    }
  }

  private static int max(Context ctx) {
    int asked = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(Matches.MAX);
    return Math.max(0, Math.min(Matches.MAX, asked));
  }

  /** Sets the download's headers and returns the stream its rows go to. */
  private static OutputStream download(
      Context ctx, ExportFormat format, String what, String query) {
    String name = "khabar-" + what + "." + format.extension();
    String words = query.strip().length() > 60 ? query.strip().substring(0, 60) : query.strip();
    String named =
        words.isEmpty() ? name : "khabar-" + what + "-" + words + "." + format.extension();
    ctx.contentType(format.contentType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + name
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(named, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.header("Cache-Control", "no-store");
    return ctx.outputStream();
  }
}
