package ir.khabar.app.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code /feed?q=}: an Atom feed (written by Rome) of the newest articles matching a query, or of
 * all. Its links start with the site's configured public address, never with the request's Host
 * header (which anyone can write, and a shared cache would keep); without one they are relative to
 * the feed.
 */
final class AtomFeed {
  private static final int ENTRIES = 30;
  private final Site site;
  private final String base;

  /** {@code baseUrl}: the site's public address, e.g. {@code https://khabar.example}, or null. */
  AtomFeed(Site site, String baseUrl) {
    this.site = site;
    this.base = baseUrl == null ? "" : checked(baseUrl).replaceAll("/+$", "");
  }

  /**
   * The public address as given, when it is an absolute http(s) address with no query or fragment.
   */
  static String checked(String baseUrl) {
    try {
      URI u = new URI(baseUrl);
      if (u.getHost() != null
          && u.getQuery() == null
          && u.getFragment() == null
          && u.getUserInfo() == null
          && ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))) {
        return baseUrl;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--base-url must be the site's public http(s) address, such as "
            + "https://khabar.example, not "
            + baseUrl);
  }

  void serve(Context ctx) throws IOException, FeedException {
    SearchParams p = SearchParams.of(ctx);
    SearchRequest r =
        SearchRequest.search(p.query())
            .limit(ENTRIES)
            .anyTerm(p.any())
            .source(p.source().isEmpty() ? null : p.source())
            .newestFirst()
            .build();
    SearchResult result = p.query().isEmpty() ? site.engine().browse(r) : site.engine().search(r);
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setLanguage("fa");
    feed.setTitle(p.query().isEmpty() ? "خبر — آخرین اخبار" : "خبر — " + xml(p.query()));
    feed.setDescription("اخبار خبرگزاری\u200cهای فارسی در خبر");
    feed.setLink(
        base
            + (p.query().isEmpty()
                ? "/"
                : "/search?q=" + SearchParams.enc(p.query()) + "&sort=newest"));
    // An Atom id must be absolute; without a public address, a name of our own.
    feed.setUri(
        (base.isEmpty() ? "urn:khabar:feed:" : base + "/feed?q=") + SearchParams.enc(p.query()));
    feed.setPublishedDate(new Date(site.clock().millis()));
    List<SyndEntry> entries = new ArrayList<>();
    for (Hit h : result.hits()) {
      entries.add(entry(base, h));
    }
    feed.setEntries(entries);
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(new SyndFeedOutput().outputString(feed));
  }

  /**
   * XML 1.0 has no place for most control characters; a stray one in an article must not break the
   * feed.
   */
  static String xml(String s) {
    return s == null ? null : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }

  private static SyndEntry entry(String base, Hit h) {
    Article a = h.article();
    SyndEntry e = new SyndEntryImpl();
    e.setTitle(xml(a.title()));
    e.setLink(base + "/a/" + SearchParams.enc(a.id()));
    e.setUri("urn:khabar:article:" + a.id());
    e.setAuthor(xml(a.source().name()));
    if (a.published() != null) {
      e.setPublishedDate(Date.from(a.published().toInstant()));
      e.setUpdatedDate(Date.from(a.published().toInstant()));
    }
    SyndContent summary = new SyndContentImpl();
    summary.setType("html");
    summary.setValue(xml(h.snippet()));
    e.setDescription(summary);
    return e;
  }
}
