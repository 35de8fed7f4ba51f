package ir.khabar.core.extract;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.core.Source;
import ir.khabar.core.extract.html.HtmlArticle;
import ir.khabar.core.extract.html.HtmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles from HTML pages: the page's declared metadata first (JSON-LD, OpenGraph, meta), then its
 * main content and comments (see {@link HtmlReader}), then the same furniture and attribution rules
 * as text pages. The agency comes from the site's declared name, the "به گزارش" line, or the host.
 */
public final class HtmlPageExtractor {
  private final Agencies agencies;
  private final Attribution attribution;
  private final HtmlReader reader = new HtmlReader();
  private final DeclaredSite declared;

  public HtmlPageExtractor(Agencies agencies) {
    this.agencies = agencies;
    this.attribution = new Attribution(agencies);
    this.declared = new DeclaredSite(agencies);
  }

  /**
   * The article of a page fetched from {@code url} (or null) and known to Khabar as {@code origin};
   * the page's declared address, canonical and site name count only when they are its own site's.
   */
  public Optional<Article> extract(String html, String origin, String url) {
    HtmlArticle page = reader.read(html, url);
    List<String> body = clean(page);
    if (page.title() == null && body.isEmpty()) {
      return Optional.empty();
    }
    String pageUrl =
        Optional.ofNullable(DeclaredSite.onSite(page.url(), url))
            .orElse(DeclaredSite.onSite(url, null));
    Optional<Attribution.Credit> credit = attribution.attributionIn(body);
    Source source =
        siteSource(page)
            .filter(s -> declared.vouchesFor(s, url))
            .or(() -> credit.map(Attribution.Credit::source))
            .or(() -> UrlHost.of(pageUrl).flatMap(agencies::byName))
            .orElse(Source.UNKNOWN);
    String desk =
        credit.filter(c -> c.source().equals(source)).map(Attribution.Credit::desk).orElse(null);
    return Optional.of(
        Article.builder()
            .url(pageUrl)
            .canonicalUrl(DeclaredSite.onSite(page.canonicalUrl(), url))
            .origin(origin)
            .source(source)
            .desk(desk)
            .title(page.title() == null ? "" : page.title())
            .lead(page.lead() == null ? "" : page.lead())
            .body(body)
            .category(Categories.label(page.category()))
            .published(
                page.published() == null ? null : page.published().time(),
                page.published() == null ? null : page.published().dating(Dating.Basis.PAGE))
            .tags(page.tags())
            .comments(page.comments())
            .build());
  }

  /** The body without the repeated title or lead, and without the furniture trailer and lines. */
  private static List<String> clean(HtmlArticle page) {
    List<String> body = new ArrayList<>();
    String titleKey = page.title() == null ? "" : Furniture.key(page.title());
    String leadKey = page.lead() == null ? "" : Furniture.key(page.lead());
    for (String p : page.paragraphs()) {
      if (Furniture.startsTrailer(p) || Furniture.isEndMark(p)) {
        break;
      }
      String key = Furniture.key(p);
      if (!key.equals(titleKey) && !key.equals(leadKey) && !Furniture.isFurnitureLine(p)) {
        body.add(p);
      }
    }
    return body;
  }

  private Optional<Source> siteSource(HtmlArticle page) {
    if (page.siteName() == null) {
      return Optional.empty();
    }
    for (String part : page.siteName().split(" \\| ")) {
      Optional<Source> s = agencies.byName(part);
      if (s.isPresent()) {
        return s;
      }
    }
    return agencies.findIn(page.siteName().length() < 40 ? page.siteName() : "");
  }
}
