package ir.khabar.app.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.persian.date.JalaliDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a follow searches: the words and the filters the search API takes ({@code source, from, to,
 * mode=any, person, country, org}, and {@code country2} for a country pair), kept in the store as
 * the query and a JSON object of filters.
 */
public record FollowQuery(
    String q,
    String source,
    String from,
    String to,
    boolean any,
    String person,
    String country,
    String country2,
    String org) {
  private static final String[] FILTERS = {
    "source", "from", "to", "person", "country", "country2", "org"
  };

  public FollowQuery {
    q = clean(q);
    source = clean(source);
    from = clean(from);
    to = clean(to);
    person = clean(person);
    country = clean(country);
    country2 = clean(country2);
    org = clean(org);
    day(from);
    day(to);
  }

  /**
   * The query and filters of a JSON object (the API's body, or the stored filters with {@code q}
   * given apart); a malformed date is an IllegalArgumentException.
   */
  public static FollowQuery of(String q, JsonNode o) {
    return new FollowQuery(
        q,
        text(o, "source"),
        text(o, "from"),
        text(o, "to"),
        "any".equals(text(o, "mode")),
        text(o, "person"),
        text(o, "country"),
        text(o, "country2"),
        text(o, "org"));
  }

  /** The stored follow's query back from its columns. */
  public static FollowQuery stored(String q, String filtersJson) {
    try {
      return of(q, ArticleJson.MAPPER.readTree(filtersJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether there is anything to follow: words, or at least one filter. */
  public boolean isEmpty() {
    return q.isEmpty()
        && source.isEmpty()
        && person.isEmpty()
        && country.isEmpty()
        && country2.isEmpty()
        && org.isEmpty();
  }

  /** What is followed, in a few words for a mail's subject or a list. */
  public String describe() {
    if (!q.isEmpty()) {
      return q;
    }
    return Stream.of(person, country, country2, org, source)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" و "));
  }

  /** The filters as the store keeps them: only those given. */
  public String filtersJson() {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    String[] values = {source, from, to, person, country, country2, org};
    for (int i = 0; i < FILTERS.length; i++) {
      if (!values[i].isEmpty()) {
        o.put(FILTERS[i], values[i]);
      }
    }
    if (any) {
      o.put("mode", "any");
    }
    return o.toString();
  }

  /** The newest {@code limit} matches that entered the index at or after {@code since}. */
  public SearchRequest request(Instant since, int limit) {
    return SearchRequest.search(q)
        .limit(limit)
        .anyTerm(any)
        .source(source.isEmpty() ? null : source)
        .days(day(from), day(to))
        .entities(new EntityFilter(person, country, country2, org))
        .newestFirst()
        .ingestedSince(since)
        .build();
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

  private static String text(JsonNode o, String name) {
    JsonNode v = o == null ? null : o.get(name);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }
}
