package ir.khabar.app.web;

import io.javalin.http.Context;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.persian.date.JalaliDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The search parameters of a page or API request: {@code q, source, from, to} (Jalali or Gregorian
 * days, any digits), {@code page}, {@code sort=relevance|newest}, {@code mode=any}, and the entity
 * filters {@code person, country, org} (names or ids).
 */
record SearchParams(
    String query,
    String source,
    String from,
    String to,
    int page,
    boolean newest,
    boolean any,
    String person,
    String country,
    String org) {
  static final int MAX_PAGE = 1000;

  static SearchParams of(Context ctx) {
    int page;
    try {
      page =
          Integer.parseInt(ctx.queryParamAsClass("page", String.class).getOrDefault("1").strip());
    } catch (NumberFormatException e) {
      page = 1;
    }
    return new SearchParams(
        param(ctx, "q"),
        param(ctx, "source"),
        param(ctx, "from"),
        param(ctx, "to"),
        Math.min(MAX_PAGE, Math.max(1, page)),
        "newest".equals(ctx.queryParam("sort")),
        "any".equals(ctx.queryParam("mode")),
        param(ctx, "person"),
        param(ctx, "country"),
        param(ctx, "org"));
  }

  EntityFilter entities() {
    return new EntityFilter(person, country, org);
  }

  /**
   * The engine's request for this page of {@code pageSize} hits; a malformed date is an
   * IllegalArgumentException.
   */
  SearchRequest request(int pageSize) {
    return SearchRequest.search(query)
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .anyTerm(any)
        .source(source.isEmpty() ? null : source)
        .days(day(from), day(to))
        .sort(newest ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE)
        .entities(entities())
        .build();
  }

  /** The same search for other words (a suggested spelling). */
  SearchParams withQuery(String q) {
    return new SearchParams(q, source, from, to, 1, newest, any, person, country, org);
  }

  /** This search's address with another page number. */
  String withPage(String path, int p) {
    StringBuilder b = new StringBuilder(path).append("?q=").append(enc(query));
    append(b, "source", source);
    append(b, "from", from);
    append(b, "to", to);
    append(b, "person", person);
    append(b, "country", country);
    append(b, "org", org);
    if (newest) {
      b.append("&sort=newest");
    }
    if (any) {
      b.append("&mode=any");
    }
    return p > 1 ? b.append("&page=").append(p).toString() : b.toString();
  }

  private static void append(StringBuilder b, String name, String value) {
    if (!value.isEmpty()) {
      b.append('&').append(name).append('=').append(enc(value));
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static LocalDate day(String s) {
    if (s.isEmpty()) {
      return null;
    }
    return JalaliDates.parseDateArgument(s)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "تاریخ «" + s + "» خوانده نشد؛ مانند ۱۴۰۴/۰۹/۲۶ بنویسید."));
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
