package ir.khabar.core.fetch;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * The standard site of the crawler tests, on 127.0.0.1: a feed (with an ETag) linking news pages
 * from the extraction fixtures, a robots.txt that disallows /private/, redirects and a redirect
 * loop, a slow page, a big page, an image, a page that first answers 429, and /extra/N pages for
 * long crawls.
 */
public final class FixtureSite implements AutoCloseable {
  static final String FEED_ETAG = "\"feed-v1\"";
  private final LoopbackSite site;
  private final List<String> articles;

  FixtureSite(List<String> articles) throws IOException {
    this.articles = articles;
    this.site = new LoopbackSite("127.0.0.1");
    site.route("/robots.txt", x -> text(x, 200, "User-agent: *\nDisallow: /private/\n"))
        .route("/feed.xml", this::feed)
        .route(
            "/notxml.xml",
            x -> LoopbackSite.send(x, 200, "application/rss+xml", "this is not a feed at all"))
        .route("/redirect/a", x -> LoopbackSite.redirect(x, 302, "/redirect/b"))
        .route("/redirect/b", x -> LoopbackSite.redirect(x, 301, "/news/4"))
        .route("/loop/a", x -> LoopbackSite.redirect(x, 302, "/loop/b"))
        .route("/loop/b", x -> LoopbackSite.redirect(x, 302, "/loop/a"))
        .route(
            "/slow",
            x -> {
              Thread.sleep(3_000);
              html(x, "text/html", "06-nastooh-tasnim.html");
            })
        .route("/big", x -> LoopbackSite.send(x, 200, "text/html", new byte[300 * 1024]))
        .route(
            "/image.png",
            x -> LoopbackSite.send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
        .route("/busy", this::busy)
        .route("/news/1", x -> html(x, "text/html; charset=utf-8", "01-iransamaneh-irna.html"))
        .route("/news/2", x -> html(x, "text/html", "14-irna-1387-cp1256-nocharset.html"))
        .route("/news/4", x -> html(x, "text/html", "05-nastooh-mehr.html"))
        .route("/private/3", x -> html(x, "text/html", "08-nastooh-fars.html"))
        .otherwise(this::extraOrMissing);
  }

  /** The standard site: its feed links these paths. */
  public static FixtureSite standard() throws IOException {
    return new FixtureSite(
        List.of(
            "/news/1",
            "/news/2",
            "/private/3",
            "/redirect/a",
            "/loop/a",
            "/slow",
            "/big",
            "/image.png",
            "/busy",
            "/missing"));
  }

  public URI url(String path) {
    return site.url(path);
  }

  public List<LoopbackSite.Request> requests() {
    return site.requests();
  }

  public int hits(String path) {
    return site.hits(path);
  }

  /** Busy at the first request (429 with Retry-After), a page after. */
  private void busy(HttpExchange x) throws IOException {
    if (site.hits("/busy") == 1) {
      x.getResponseHeaders().add("Retry-After", "1");
      text(x, 429, "slow down");
    } else {
      html(x, "text/html; charset=utf-8", "07-nastooh-yjc.html");
    }
  }

  /** Pages /extra/N, each a different short article (for crawls long enough to be killed). */
  private void extraOrMissing(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    if (path.startsWith("/extra/")) {
      String n = path.substring("/extra/".length());
      LoopbackSite.send(
          x, 200, "text/html", LoopbackSite.article(n, " - ایرنا", "", "به گزارش ایرنا، "));
    } else {
      text(x, 404, "not found");
    }
  }

  private void feed(HttpExchange x) throws IOException {
    if (FEED_ETAG.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      x.sendResponseHeaders(304, -1);
      return;
    }
    x.getResponseHeaders().add("ETag", FEED_ETAG);
    LoopbackSite.send(
        x,
        200,
        "application/rss+xml; charset=utf-8",
        LoopbackSite.rss(articles.stream().map(a -> url(a).toString()).toArray(String[]::new)));
  }

  private static void text(HttpExchange x, int status, String body) throws IOException {
    LoopbackSite.send(x, status, "text/plain", body);
  }

  private static void html(HttpExchange x, String type, String page) throws IOException {
    LoopbackSite.send(x, 200, type, page(page));
  }

  /** A fixture page, read as a resource so that it is found inside the test jar too. */
  static byte[] page(String name) throws IOException {
    try (InputStream in =
        FixtureSite.class.getResourceAsStream("/ir/khabar/core/extract/pages/" + name)) {
      if (in == null) {
        throw new IOException("no fixture page " + name);
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    site.close();
  }
}
