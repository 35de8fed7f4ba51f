package ir.khabar.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.date.JalaliDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The JSON form of an article, as `show --json` prints it and as the index stores it. */
public final class ArticleJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectNode toJson(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("url", a.url());
    o.put("canonicalUrl", a.canonicalUrl());
    o.put("origin", a.origin());
    ObjectNode source = o.putObject("source");
    source.put("id", a.source().id());
    source.put("name", a.source().name());
    o.put("desk", a.desk());
    o.put("title", a.title());
    o.put("lead", a.lead());
    ArrayNode body = o.putArray("body");
    a.body().forEach(body::add);
    o.put("category", a.category());
    putPublished(o, a);
    ArrayNode tags = o.putArray("tags");
    a.tags().forEach(tags::add);
    ArrayNode comments = o.putArray("comments");
    for (Comment c : a.comments()) {
      ObjectNode n = comments.addObject();
      n.put("author", c.author());
      n.put("country", c.country());
      n.put("text", c.text());
      n.put("published", iso(c.published()));
    }
    ArrayNode entities = o.putArray("entities");
    for (Entity e : a.entities()) {
      ObjectNode n =
          entities
              .addObject()
              .put("type", e.type().label())
              .put("id", e.id())
              .put("name", e.name())
              .put("mentions", e.mentions());
      if (e.role() != null) {
        n.put("role", e.role());
      }
      if (e.evidence() != Entity.Evidence.UNKNOWN) {
        n.put("evidence", e.evidence().label());
      }
    }
    ArrayNode events = o.putArray("events");
    a.events().forEach(e -> events.add(event(e)));
    o.put("story", a.story());
    o.put("seen", a.seen() == null ? null : a.seen().toString());
    return o;
  }

  public static Article fromJson(JsonNode o) {
    JsonNode s = o.path("source");
    List<Comment> comments = new ArrayList<>();
    o.path("comments")
        .forEach(
            c ->
                comments.add(
                    new Comment(
                        str(c, "author"),
                        str(c, "country"),
                        str(c, "text"),
                        time(str(c, "published")))));
    return Article.builder()
        .id(o.get("id").asText())
        .url(str(o, "url"))
        .canonicalUrl(str(o, "canonicalUrl"))
        .origin(str(o, "origin"))
        .source(new Source(str(s, "id"), str(s, "name")))
        .desk(str(o, "desk"))
        .title(str(o, "title"))
        .lead(str(o, "lead"))
        .body(list(o.path("body")))
        .category(str(o, "category"))
        .published(time(str(o, "published")), dating(o))
        .tags(list(o.path("tags")))
        .comments(comments)
        .story(str(o, "story"))
        .entities(entities(o.path("entities")))
        .events(events(o.path("events")))
        .seen(seen(str(o, "seen")))
        .build();
  }

  /**
   * {@code published} (ISO-8601 with offset, or null), {@code publishedJalali} (the Jalali date,
   * with the time only when it is known), {@code publishedPrecision} ({@code day} or {@code
   * minute}) and {@code datedBy} ({@code page}, {@code record}, {@code url}, {@code text} or {@code
   * file}); all null when undated.
   */
  public static void putPublished(ObjectNode o, Article a) {
    o.put("published", iso(a.published()));
    o.put("publishedJalali", jalali(a));
    o.put("publishedPrecision", a.dating() == null ? null : a.dating().precision());
    o.put("datedBy", a.dating() == null ? null : a.dating().basis().label());
  }

  /**
   * The fields every list of articles shares, search hits included: id, title, source (its name),
   * published, url, story.
   */
  public static ObjectNode brief(Article a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("title", a.title());
    n.put("source", a.source().name());
    n.put("published", iso(a.published()));
    n.put("url", a.url());
    n.put("story", a.story());
    return n;
  }

  /**
   * An article in a list of the API (latest, popular, related, timelines, follows): its {@link
   * #brief}, the source's id, and how its date was known ({@link #putPublished}).
   */
  public static ObjectNode summary(Article a) {
    ObjectNode n = brief(a);
    n.put("sourceId", a.source().id());
    putPublished(n, a);
    return n;
  }

  /**
   * {@code 1394-10-29} for a day-only date, {@code 1404-09-26T07:40:00+03:30} otherwise; null when
   * undated.
   */
  public static String jalali(Article a) {
    if (a.published() == null) {
      return null;
    }
    return a.publishedDayOnly()
        ? JalaliDate.of(a.published().withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate())
            .toString()
        : JalaliDates.formatIso(a.published());
  }

  private static Dating dating(JsonNode o) {
    String by = str(o, "datedBy");
    String precision = str(o, "publishedPrecision");
    if (by == null && precision == null) {
      return null;
    }
    try {
      return Dating.of(
          by == null ? Dating.Basis.PAGE : Dating.Basis.ofLabel(by), "day".equals(precision));
    } catch (IllegalArgumentException e) {
      return Dating.of(Dating.Basis.PAGE, "day".equals(precision));
    }
  }

  /** An event as {@code show --json} prints it. */
  public static ObjectNode event(Event e) {
    ObjectNode n = MAPPER.createObjectNode().put("type", e.type().label()).put("cameo", e.cameo());
    ArrayNode actors = n.putArray("actors");
    e.actors().forEach(a -> actors.add(actor(a)));
    n.set("place", e.place() == null ? null : actor(e.place()));
    n.put("date", e.date() == null ? null : e.date().toString());
    ArrayNode topics = n.putArray("topics");
    e.topics().forEach(topics::add);
    n.put("sentence", e.sentence());
    return n;
  }

  private static ObjectNode actor(Event.Actor a) {
    return MAPPER
        .createObjectNode()
        .put("id", a.id())
        .put("name", a.name())
        .put("type", a.type().label());
  }

  private static List<Entity> entities(JsonNode array) {
    List<Entity> out = new ArrayList<>();
    array.forEach(
        n ->
            out.add(
                new Entity(
                    Entity.Type.ofLabel(n.get("type").asText()),
                    str(n, "id"),
                    str(n, "name"),
                    n.path("mentions").asInt(1),
                    str(n, "role"),
                    Entity.Evidence.ofLabel(str(n, "evidence")))));
    return out;
  }

  private static List<Event> events(JsonNode array) {
    List<Event> out = new ArrayList<>();
    for (JsonNode n : array) {
      List<Event.Actor> actors = new ArrayList<>();
      n.path("actors").forEach(a -> actors.add(actor(a)));
      String date = str(n, "date");
      out.add(
          new Event(
              Event.Type.ofLabel(str(n, "type")),
              actors,
              n.hasNonNull("place") ? actor(n.get("place")) : null,
              date == null ? null : LocalDate.parse(date),
              list(n.path("topics")),
              str(n, "sentence")));
    }
    return out;
  }

  private static Event.Actor actor(JsonNode a) {
    return new Event.Actor(
        str(a, "id"), str(a, "name"), Entity.Type.ofLabel(a.get("type").asText()));
  }

  /** ISO-8601 with offset, or null. */
  public static String iso(ZonedDateTime t) {
    return t == null ? null : t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static ZonedDateTime time(String iso) {
    return iso == null ? null : OffsetDateTime.parse(iso).atZoneSameInstant(JalaliDates.TEHRAN);
  }

  private static Instant seen(String iso) {
    try {
      return iso == null ? null : Instant.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String str(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
