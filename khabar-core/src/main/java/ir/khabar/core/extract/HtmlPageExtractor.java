package ir.khabar.core.extract;

import ir.khabar.core.Article;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A first extraction from HTML pages: the OpenGraph or document title and the text of the main
 * paragraphs, read by the text-page rules. The extraction stage deepens this (JSON-LD, per-site rules).
 */
public final class HtmlPageExtractor {
  private final TextPageExtractor text;

  public HtmlPageExtractor(TextPageExtractor text) {
    this.text = text;
  }

  public Optional<Article> extract(String html, String origin) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, nav, header, footer, aside, form").remove();
    Element og = doc.selectFirst("meta[property=og:title]");
    String title = og != null ? og.attr("content") : doc.title();
    if (title.isBlank()) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? "" : h1.text();
    }
    List<String> paragraphs = doc.select("p").eachText().stream().filter(p -> !p.isBlank()).toList();
    if (paragraphs.isEmpty()) {
      paragraphs = doc.body() == null ? List.of() : List.of(doc.body().text());
    }
    String page = title + "\n" + String.join("\n", paragraphs);
    return this.text.extract(page, origin);
  }
}
