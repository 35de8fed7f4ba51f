package ir.khabar.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.core.Source;
import ir.khabar.core.extract.dates.StatedDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles from JSON records: the corpus/farsnews shape (title, abstract, paragraphs, cat, subcat,
 * tags, link) and Khabar's own (title, lead, body, source, published, url, category, tags).
 */
public final class JsonRecordExtractor {
  private final Agencies agencies;

  public JsonRecordExtractor(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The article of one record, or empty when the record holds no text. */
  public Optional<Article> extract(JsonNode record, String origin) {
    if (!record.isObject()) {
      return Optional.empty();
    }
    String title = text(record, "title", "headline");
    String lead = text(record, "lead", "abstract", "summary", "description");
    List<String> body =
        paragraphs(
            record.has("body")
                ? record.get("body")
                : record.has("paragraphs") ? record.get("paragraphs") : record.get("text"));
    if (title.isEmpty() && lead.isEmpty() && body.isEmpty()) {
      return Optional.empty();
    }
    String url = text(record, "url", "link", "canonical");
    String category = text(record, "category", "cat");
    Optional<StatedDate> published = published(record);
    return Optional.of(
        Article.builder()
            .url(url.isEmpty() ? null : url)
            .origin(origin)
            .source(source(record, url, lead))
            .title(title)
            .lead(lead)
            .body(body)
            .category(Categories.label(category))
            .published(
                published.map(StatedDate::time).orElse(null),
                published.map(p -> p.dating(basis(record))).orElse(null))
            .tags(tags(record))
            .build());
  }

  private Source source(JsonNode record, String url, String lead) {
    JsonNode s = record.get("source");
    if (s != null && s.isObject()) {
      String name = text(s, "name", "id");
      return name.isEmpty() ? Source.UNKNOWN : agencies.resolveOrCreate(name);
    }
    if (s != null && s.isTextual() && !s.asText().isBlank()) {
      return agencies.resolveOrCreate(s.asText());
    }
    Optional<Source> byHost = UrlHost.of(url).flatMap(agencies::byName);
    if (byHost.isPresent()) {
      return byHost.get();
    }
    int colon = lead.indexOf(':');
    return colon > 0 && colon < 40
        ? agencies.findIn(lead.substring(0, colon)).orElse(Source.UNKNOWN)
        : Source.UNKNOWN;
  }

  /**
   * The record's own date: the record's word (or, for Khabar's own JSON, where it first came from),
   * a day only when the record gives no time or says {@code "publishedPrecision": "day"}.
   */
  private static Optional<StatedDate> published(JsonNode record) {
    Optional<StatedDate> stated =
        StatedDate.parse(text(record, "published", "date", "datePublished"));
    boolean dayOnly = "day".equals(text(record, "publishedPrecision"));
    return stated.map(s -> dayOnly && !s.dayOnly() ? new StatedDate(s.time(), true) : s);
  }

  private static Dating.Basis basis(JsonNode record) {
    try {
      String by = text(record, "datedBy");
      return by.isEmpty() ? Dating.Basis.RECORD : Dating.Basis.ofLabel(by);
    } catch (IllegalArgumentException e) {
      return Dating.Basis.RECORD;
    }
  }

  private static List<String> tags(JsonNode record) {
    List<String> tags = new ArrayList<>();
    JsonNode t = record.get("tags");
    if (t != null && t.isArray()) {
      t.forEach(
          x -> {
            if (x.isTextual() && !x.asText().isBlank()) {
              tags.add(x.asText().strip());
            }
          });
    }
    return tags;
  }

  private static List<String> paragraphs(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(p -> out.addAll(paragraphs(p)));
    } else if (node.isTextual()) {
      node.asText()
          .lines()
          .map(String::strip)
          .filter(JsonRecordExtractor::hasText)
          .forEach(out::add);
    }
    return out;
  }

  /** A paragraph with a letter or digit in it: "." and "…", the body of a photo item, are none. */
  private static boolean hasText(String line) {
    return line.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static String text(JsonNode record, String... names) {
    for (String name : names) {
      JsonNode n = record.get(name);
      if (n != null && n.isTextual() && !n.asText().isBlank()) {
        return n.asText().strip();
      }
    }
    return "";
  }
}
