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
 * days, any digits), {@code page}, {@code sort=relevance|newest}, {@code mode=all|any}, and the
 * entity filters {@code person, country, org} (names or ids; {@code country} one or two).
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

  /**
   * The request's parameters; a page that is no number, or a sort or mode Khabar does not offer, is
   * an IllegalArgumentException saying so (they were silently taken as their defaults).
   */
  static SearchParams of(Context ctx) {
    return new SearchParams(
        param(ctx, "q"),
        param(ctx, "source"),
        param(ctx, "from"),
        param(ctx, "to"),
        page(param(ctx, "page")),
        choice(param(ctx, "sort"), "relevance", "newest", "ترتیب").equals("newest"),
        choice(param(ctx, "mode"), "all", "any", "حالت").equals("any"),
        param(ctx, "person"),
        param(ctx, "country"),
        param(ctx, "org"));
  }

  /**
   * The entity filter; «country=ایران،روسیه» (two countries, comma apart) is the pair's articles,
   * as a pair's page lists them.
   */
  EntityFilter entities() {
    String[] countries = country.split("\\s*[,،]\\s*", -1);
    if (countries.length > 2) {
      throw new IllegalArgumentException(
          "«" + country + "»: یک کشور یا دو کشور (جدا با ویرگول) بدهید.");
    }
    return new EntityFilter(person, countries[0], countries.length == 2 ? countries[1] : null, org);
  }

  private static int page(String s) {
    if (s.isEmpty()) {
      return 1;
    }
    try {
      return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(s)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("شماره صفحه «" + s + "» عدد نیست.");
    }
  }

  /**
   * The value when it is empty, {@code usual} or {@code other}; {@code name} names it for readers.
   */
  private static String choice(String value, String usual, String other, String name) {
    if (value.isEmpty() || value.equals(usual)) {
      return usual;
    }
    if (value.equals(other)) {
      return other;
    }
    throw new IllegalArgumentException(
        name + " «" + value + "» شناخته نیست؛ " + usual + " یا " + other + " بدهید.");
  }

  /**
   * The engine's request for this page of {@code pageSize} hits; a malformed date is an
   * IllegalArgumentException.
   */
  SearchRequest request(int pageSize) {
    LocalDate first = day(from);
    LocalDate last = day(to);
    if (first != null && last != null && first.isAfter(last)) {
      throw new IllegalArgumentException(
          "«از» (" + from + ") پس از «تا» (" + to + ") است؛ جای دو تاریخ را عوض کنید.");
    }
    return SearchRequest.search(query)
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .anyTerm(any)
        .source(source.isEmpty() ? null : source)
        .days(first, last)
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
