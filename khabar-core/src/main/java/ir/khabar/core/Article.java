package ir.khabar.core;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One news article as it moves through the pipeline. Immutable: each stage returns a richer copy,
 * made with {@link #toBuilder()}.
 *
 * @param id stable identifier (hex), derived from the canonical URL or the normalised text
 * @param url the article's address on its agency's site, or null
 * @param canonicalUrl the address the page declares canonical, or null
 * @param origin where Khabar got it: the ingested file's path as given, or the fetched URL
 * @param source the publishing agency, or {@link Source#UNKNOWN}
 * @param desk the agency's desk or bureau when the article states it ("گروه اقتصادی"), or null
 * @param title headline
 * @param lead the lead paragraph, or empty
 * @param body body paragraphs, furniture removed
 * @param category the agency's section, or null
 * @param published publication time with its offset, or null when the page does not say; the start
 *     of the day in Tehran when only the day is known
 * @param dating where the date came from and whether its time is known; null exactly when {@code
 *     published} is null (a date given without it counts as the page's, to the minute)
 * @param tags the agency's tags
 * @param comments comments shown on the source page (not Khabar's own readers' comments)
 * @param story the story this article belongs to, or null before stories are built
 * @param entities the people, countries, places and organisations it mentions, the most mentioned
 *     first
 * @param events the visits, meetings, talks, agreements and statements it reports
 * @param seen when Khabar first stored it, or null before it is stored (and for articles stored
 *     before Khabar recorded it); a feed's fallback when the article states no date
 */
public record Article(
    String id,
    String url,
    String canonicalUrl,
    String origin,
    Source source,
    String desk,
    String title,
    String lead,
    List<String> body,
    String category,
    ZonedDateTime published,
    Dating dating,
    List<String> tags,
    List<Comment> comments,
    String story,
    List<Entity> entities,
    List<Event> events,
    Instant seen) {

  public Article {
    Objects.requireNonNull(id, "id");
    source = source == null ? Source.UNKNOWN : source;
    dating = published == null ? null : dating == null ? Dating.PAGE_TIME : dating;
    title = title == null ? "" : title;
    lead = lead == null ? "" : lead;
    body = List.copyOf(body == null ? List.of() : body);
    tags = List.copyOf(tags == null ? List.of() : tags);
    comments = List.copyOf(comments == null ? List.of() : comments);
    entities = List.copyOf(entities == null ? List.of() : entities);
    events = List.copyOf(events == null ? List.of() : events);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .url(url)
        .canonicalUrl(canonicalUrl)
        .origin(origin)
        .source(source)
        .desk(desk)
        .title(title)
        .lead(lead)
        .body(body)
        .category(category)
        .published(published)
        .dating(dating)
        .tags(tags)
        .comments(comments)
        .story(story)
        .entities(entities)
        .events(events)
        .seen(seen);
  }

  /** Title, lead and body as one text, paragraphs separated by new lines. */
  public String fullText() {
    StringBuilder sb = new StringBuilder(title.length() + lead.length() + bodyLength() + 1);
    sb.append(title);
    if (!lead.isEmpty()) {
      sb.append('\n').append(lead);
    }
    body.forEach(p -> sb.append('\n').append(p));
    return sb.toString();
  }

  public String leadAndBody() {
    StringBuilder sb = new StringBuilder(lead.length() + bodyLength());
    sb.append(lead);
    body.forEach(p -> sb.append(sb.length() == 0 ? "" : "\n").append(p));
    return sb.toString();
  }

  /** The body's chars and a line break for each paragraph: sized once, never grown. */
  private int bodyLength() {
    int n = 0;
    for (String p : body) {
      n += p.length() + 1;
    }
    return n;
  }

  public Article withText(String newTitle, String newLead, List<String> newBody) {
    return toBuilder().title(newTitle).lead(newLead).body(newBody).build();
  }

  /** Whether only the day of publication is known, not its time. */
  public boolean publishedDayOnly() {
    return dating != null && dating.dayOnly();
  }

  public Article withId(String newId) {
    return toBuilder().id(newId).build();
  }

  /** Builds an article field by field; the id defaults to "pending" until ingest gives it one. */
  public static final class Builder {
    private String id = "pending";
    private String url;
    private String canonicalUrl;
    private String origin;
    private Source source;
    private String desk;
    private String title;
    private String lead;
    private List<String> body;
    private String category;
    private ZonedDateTime published;
    private Dating dating;
    private List<String> tags;
    private List<Comment> comments;
    private String story;
    private List<Entity> entities;
    private List<Event> events;
    private Instant seen;

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder canonicalUrl(String v) {
      canonicalUrl = v;
      return this;
    }

    public Builder origin(String v) {
      origin = v;
      return this;
    }

    public Builder source(Source v) {
      source = v;
      return this;
    }

    public Builder desk(String v) {
      desk = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder lead(String v) {
      lead = v;
      return this;
    }

    public Builder body(List<String> v) {
      body = v;
      return this;
    }

    public Builder category(String v) {
      category = v;
      return this;
    }

    public Builder published(ZonedDateTime v) {
      published = v;
      return this;
    }

    public Builder dating(Dating v) {
      dating = v;
      return this;
    }

    /** The publication time and how it was had. */
    public Builder published(ZonedDateTime v, Dating d) {
      published = v;
      dating = d;
      return this;
    }

    public Builder tags(List<String> v) {
      tags = v;
      return this;
    }

    public Builder comments(List<Comment> v) {
      comments = v;
      return this;
    }

    public Builder story(String v) {
      story = v;
      return this;
    }

    public Builder entities(List<Entity> v) {
      entities = v;
      return this;
    }

    public Builder events(List<Event> v) {
      events = v;
      return this;
    }

    public Builder seen(Instant v) {
      seen = v;
      return this;
    }

    public Article build() {
      return new Article(
          id,
          url,
          canonicalUrl,
          origin,
          source,
          desk,
          title,
          lead,
          body,
          category,
          published,
          dating,
          tags,
          comments,
          story,
          entities,
          events,
          seen);
    }
  }
}
