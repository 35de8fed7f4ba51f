package ir.khabar.core.extract.html;

import ir.khabar.core.Comment;
import ir.khabar.core.extract.dates.StatedDate;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page into an {@link HtmlArticle}: declared metadata, then the visible title, lead,
 * date, section, tags and comments the big Persian CMSs print, then the main content's paragraphs
 * once navigation, sidebars, share bars, related lists, forms and comments are out of the way.
 */
public final class HtmlReader {
  private static final String NOISE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, "
          + "figcaption, .breadcrumb, [class*=share], [class*=social], [class*=related], [class*=tags], "
          + "[class*=comment], [id*=omment], [class*=newsletter], [id*=ewsletter], [class*=adv], .ads, "
          + "[class*=most], [class*=popular], [class*=sidebar], [class*=menu], [id*=Menu], [class*=uptitle], "
          + "[class*=rutitr], [id*=TitrRou], [class*=short-link], [class*=item-nav], [id*=Share], [id*=Related], "
          + "[class*=print], [class*=rate], .lead, .summary, .introtext, [id*=Lead], [itemprop=description]";
  private static final String TITLE = "h1, #docDiv3TitrMain, .item-title, .title";
  private static final String LEAD =
      ".introtext, .item-summary, .summary, .lead, #docDivLead1, "
          + "[itemprop=description], .news-lead, .NewsLead, .subtitle";

  /**
   * Where the big CMSs print the article's date, most specific first; a site header's date is
   * today's.
   */
  private static final List<String> DATES =
      List.of(
          ".item-date",
          "time[datetime]",
          "#docDiv3Date",
          ".NewsDate",
          ".news-date",
          "time",
          "[class*=date]",
          "[id*=Date]");

  private static final String PAGE_HEADER =
      "header, #header, .header, [class*=top-bar], [id^=top], [class^=top], "
          + "[class*=header-date], [class*=comment]";
  private static final String TAGS =
      ".tags a, [rel=tag], .tag-list a, [id*=Tags] a, .keywords a, [id*=Keyword] a";

  private final MetadataReader metadata = new MetadataReader();

  public HtmlArticle read(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata meta = metadata.read(doc);
    List<Comment> comments = CommentReader.read(doc);
    String title = first(meta.title(), text(doc, TITLE), pageTitle(doc));
    String lead = first(text(doc, LEAD), meta.description());
    StatedDate published = meta.published() != null ? meta.published() : visibleDate(doc);
    String category = first(meta.section(), breadcrumbSection(doc), serviceLine(doc));
    List<String> tags = meta.tags().isEmpty() ? visibleTags(doc) : meta.tags();
    Element article = doc.selectFirst("article") != null ? doc.selectFirst("article") : doc.body();
    if (article == null) {
      article = doc;
    }
    article.select(NOISE).remove();
    article.select(TITLE).remove();
    List<String> paragraphs = MainContent.paragraphs(MainContent.find(article));
    String site = meta.siteName() != null ? meta.siteName() : String.join(" | ", titleParts(doc));
    return new HtmlArticle(
        title,
        lead,
        paragraphs,
        meta.url() != null ? meta.url() : meta.canonicalUrl(),
        meta.canonicalUrl(),
        site,
        category,
        published,
        tags,
        comments);
  }

  private static StatedDate visibleDate(Document doc) {
    for (String selector : DATES) {
      for (Element e : doc.select(selector)) {
        if (e.closest(PAGE_HEADER) != null) {
          continue;
        }
        StatedDate t = MetadataReader.time(e.hasAttr("datetime") ? e.attr("datetime") : e.text());
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  private static String breadcrumbSection(Document doc) {
    List<String> crumbs = doc.select(".breadcrumb li, .breadcrumb a, #docDivPath a").eachText();
    for (int i = crumbs.size() - 1; i >= 0; i--) {
      String c = crumbs.get(i).strip();
      String key = SearchFolding.fold(c).replace(" ", "");
      if (!c.isEmpty()
          && !key.startsWith("صفحه")
          && !key.equals("خانه")
          && !key.equalsIgnoreCase("home")) {
        return c;
      }
    }
    return null;
  }

  /** Asam pages print "سرویس: اجتماعی". */
  private static String serviceLine(Document doc) {
    for (Element e : doc.getElementsMatchingOwnText("سرو[یي]س\\s*:")) {
      String t = e.ownText().strip();
      int colon = t.indexOf(':');
      if (colon > 0 && colon + 1 < t.length() && colon < 8) {
        return t.substring(colon + 1).strip();
      }
    }
    return null;
  }

  private static List<String> visibleTags(Document doc) {
    List<String> tags = new ArrayList<>();
    for (String t : doc.select(TAGS).eachText()) {
      if (!t.isBlank() && !tags.contains(t.strip())) {
        tags.add(t.strip());
      }
    }
    return tags;
  }

  /**
   * The agency a page's {@code <title>} names beside the headline: "همشهری آنلاین - …" or "… -
   * ایرنا".
   */
  public static List<String> titleParts(Document doc) {
    return List.of(doc.title().split("\\s[-|–]\\s"));
  }

  private static String pageTitle(Document doc) {
    String t = doc.title();
    int dash = Math.max(t.lastIndexOf(" - "), t.lastIndexOf(" | "));
    return dash > 0 ? t.substring(0, dash).strip() : t;
  }

  private static String text(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    return e == null ? null : e.text().strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
