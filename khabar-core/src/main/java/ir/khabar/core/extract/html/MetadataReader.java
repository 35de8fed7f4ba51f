package ir.khabar.core.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.extract.dates.StatedDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's declared metadata: JSON-LD first (NewsArticle and its kin), then OpenGraph and
 * article:* properties, then plain meta tags, {@code <link rel=canonical>} and {@code <time
 * datetime>}.
 */
public final class MetadataReader {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BlogPosting",
          "WebPage");

  public PageMetadata read(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"));
    String description =
        first(text(ld, "description"), meta(doc, "og:description"), meta(doc, "description"));
    String url = first(meta(doc, "og:url"), text(ld, "url"));
    String canonical = first(attr(doc, "link[rel=canonical]", "href"), mainEntity(ld), url);
    String site =
        first(
            ld == null ? null : text(ld.path("publisher"), "name"),
            meta(doc, "og:site_name"),
            meta(doc, "application-name"));
    StatedDate published =
        firstTime(
            text(ld, "datePublished"),
            meta(doc, "article:published_time"),
            meta(doc, "pubdate"),
            meta(doc, "date"),
            meta(doc, "dc.date"),
            attr(doc, "time[datetime]", "datetime"));
    String section = first(text(ld, "articleSection"), meta(doc, "article:section"));
    return new PageMetadata(
        title, description, url, canonical, site, published, section, tags(doc, ld));
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = find(ArticleJson.MAPPER.readTree(script.data()));
        if (node != null) {
          return node;
        }
      } catch (Exception e) {
        // a broken JSON-LD block is common; the page's other metadata still counts
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray() || node.has("@graph")) {
      for (JsonNode n : node.isArray() ? node : node.get("@graph")) {
        JsonNode found = find(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    JsonNode type = node.path("@type");
    boolean article =
        type.isArray() ? containsArticleType(type) : ARTICLE_TYPES.contains(type.asText());
    return article && (node.has("headline") || node.has("datePublished")) ? node : null;
  }

  private static boolean containsArticleType(JsonNode types) {
    for (JsonNode t : types) {
      if (ARTICLE_TYPES.contains(t.asText())) {
        return true;
      }
    }
    return false;
  }

  private static String mainEntity(JsonNode ld) {
    if (ld == null) {
      return null;
    }
    JsonNode m = ld.path("mainEntityOfPage");
    return m.isTextual() ? m.asText() : text(m, "@id");
  }

  private static List<String> tags(Document doc, JsonNode ld) {
    Set<String> tags = new LinkedHashSet<>();
    if (ld != null) {
      JsonNode k = ld.path("keywords");
      if (k.isArray()) {
        k.forEach(t -> tags.add(t.asText().strip()));
      } else if (k.isTextual()) {
        split(k.asText(), tags);
      }
    }
    doc.select("meta[property=article:tag]").forEach(m -> tags.add(m.attr("content").strip()));
    if (tags.isEmpty()) {
      split(first(meta(doc, "news_keywords"), meta(doc, "keywords")), tags);
    }
    tags.removeIf(String::isBlank);
    return new ArrayList<>(tags);
  }

  private static void split(String list, Set<String> into) {
    if (list != null) {
      for (String t : list.split("[,،;؛]")) {
        into.add(t.strip());
      }
    }
  }

  private static StatedDate firstTime(String... values) {
    for (String v : values) {
      StatedDate t = time(v);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * ISO-8601 with an offset, a Tehran local ISO time, an ISO day, or any Jalali form the date layer
   * reads.
   */
  static StatedDate time(String v) {
    return StatedDate.parse(v).orElse(null);
  }

  private static String meta(Document doc, String name) {
    Element m =
        doc.selectFirst(
            "meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return m == null ? null : blankToNull(m.attr("content"));
  }

  private static String attr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode n = node.get(field);
    if (n != null && n.isArray() && n.size() > 0) {
      n = n.get(0);
    }
    return n == null || !n.isValueNode() ? null : blankToNull(n.asText());
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
