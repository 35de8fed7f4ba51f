package ir.khabar.core;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One news article as it moves through the pipeline. Immutable: each stage returns a richer copy.
 *
 * @param id        stable identifier (hex), derived from the canonical URL or the normalised text
 * @param url       the article's address on its agency's site, or null
 * @param origin    where Khabar got it: the ingested file's path as given, or the fetched URL
 * @param source    the publishing agency, or {@link Source#UNKNOWN}
 * @param title     headline
 * @param lead      the lead (lede) paragraph, or empty
 * @param body      body paragraphs, furniture removed
 * @param category  the agency's section, or null
 * @param published publication time with its offset, or null when the page does not say
 * @param tags      the agency's tags
 * @param comments  comments shown on the source page (not Khabar's own readers' comments)
 * @param story     the story this article belongs to, or null before stories are built
 */
public record Article(
    String id,
    String url,
    String origin,
    Source source,
    String title,
    String lead,
    List<String> body,
    String category,
    ZonedDateTime published,
    List<String> tags,
    List<Comment> comments,
    String story) {

  public Article {
    Objects.requireNonNull(id, "id");
    source = source == null ? Source.UNKNOWN : source;
    title = title == null ? "" : title;
    lead = lead == null ? "" : lead;
    body = List.copyOf(body == null ? List.of() : body);
    tags = List.copyOf(tags == null ? List.of() : tags);
    comments = List.copyOf(comments == null ? List.of() : comments);
  }

  /** Title, lead and body as one text, paragraphs separated by new lines. */
  public String fullText() {
    StringBuilder sb = new StringBuilder(title);
    if (!lead.isEmpty()) {
      sb.append('\n').append(lead);
    }
    body.forEach(p -> sb.append('\n').append(p));
    return sb.toString();
  }

  /** Lead and body, the part of the text snippets are cut from. */
  public String leadAndBody() {
    StringBuilder sb = new StringBuilder(lead);
    body.forEach(p -> sb.append(sb.length() == 0 ? "" : "\n").append(p));
    return sb.toString();
  }

  public Article withText(String newTitle, String newLead, List<String> newBody) {
    return new Article(id, url, origin, source, newTitle, newLead, newBody, category, published, tags,
        comments, story);
  }

  public Article withId(String newId) {
    return new Article(newId, url, origin, source, title, lead, body, category, published, tags,
        comments, story);
  }
}
