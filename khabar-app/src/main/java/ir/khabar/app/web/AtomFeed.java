package ir.khabar.app.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import ir.khabar.core.Article;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code /feed}: an Atom feed (RFC 4287, written by Rome) of the newest articles of a search with
 * the search page's query syntax and filters, of an entity, a country pair or a story (see {@link
 * FeedSubject}). Every entry has an id, a title, a link and an {@code updated} date; the feed has
 * its id, title, {@code updated} and {@code rel="self"} link. Its links start with the site's
 * configured public address, never with the request's Host header (which anyone can write, and a
 * shared cache would keep); without one they are relative to the feed.
 */
final class AtomFeed {
  static final int ENTRIES = 30;
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
    FeedSubject subject = FeedSubject.of(ctx, site.engine());
    String self = "/feed" + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setLanguage("fa");
    feed.setTitle(xml("خبر — " + subject.title()));
    feed.setDescription("اخبار خبرگزاری\u200cهای فارسی در خبر");
    // An Atom id must be absolute; without a public address, a name of our own.
    feed.setUri(base.isEmpty() ? "urn:khabar:feed:" + SearchParams.enc(self) : base + self);
    feed.setLinks(
        List.of(
            link("self", base + self, "application/atom+xml"),
            link("alternate", base + subject.page(), "text/html")));
    feed.setAuthors(List.of(person("خبر")));
    List<SyndEntry> entries = new ArrayList<>();
    Instant newest = null;
    for (FeedSubject.Item item : subject.items()) {
      Instant updated = updated(item.article());
      newest = newest == null || updated.isAfter(newest) ? updated : newest;
      entries.add(entry(item, updated));
    }
    feed.setEntries(entries);
    // The feed changed when its newest entry did; an empty feed is as new as the request.
    feed.setPublishedDate(Date.from(newest != null ? newest : site.clock().instant()));
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(new SyndFeedOutput().outputString(feed));
  }

  /**
   * An entry's {@code updated}, which Atom requires: when it was published, else when Khabar first
   * stored it; an article stored before Khabar kept that (until it is ingested again) takes the
   * Unix epoch, a date no reader takes for news.
   */
  static Instant updated(Article a) {
    if (a.published() != null) {
      return a.published().toInstant();
    }
    return a.seen() != null ? a.seen() : Instant.EPOCH;
  }

  /**
   * XML 1.0 has no place for most control characters; a stray one in an article must not break the
   * feed.
   */
  static String xml(String s) {
    return s == null ? null : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }

  private SyndEntry entry(FeedSubject.Item item, Instant updated) {
    Article a = item.article();
    SyndEntry e = new SyndEntryImpl();
    e.setTitle(xml(a.title().isBlank() ? "بی\u200cعنوان" : a.title()));
    e.setLinks(List.of(link("alternate", base + "/a/" + SearchParams.enc(a.id()), "text/html")));
    e.setUri("urn:khabar:article:" + a.id());
    e.setAuthors(List.of(person(xml(a.source().name()))));
    if (a.published() != null) {
      e.setPublishedDate(Date.from(a.published().toInstant()));
    }
    e.setUpdatedDate(Date.from(updated));
    SyndContent summary = new SyndContentImpl();
    summary.setType("html");
    summary.setValue(xml(item.summary()));
    e.setDescription(summary);
    return e;
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink l = new SyndLinkImpl();
    l.setRel(rel);
    l.setHref(href);
    l.setType(type);
    return l;
  }

  private static SyndPerson person(String name) {
    SyndPerson p = new SyndPersonImpl();
    p.setName(name);
    return p;
  }
}
