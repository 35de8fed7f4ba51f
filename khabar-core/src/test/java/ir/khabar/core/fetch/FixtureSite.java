package ir.khabar.core.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on loopback for crawler tests: an RSS feed with an ETag, article pages (one in
 * Windows-1256), robots.txt rules, a 429 with Retry-After, redirect chains and a loop, a slow page,
 * an oversized page, an image, a 404, and a feed that is not XML. It records every request.
 */
public final class FixtureSite implements AutoCloseable {
  /** One request the site received. */
  public record Request(String path, String userAgent, String ifNoneMatch, long nanos) {}

  static final String FEED_ETAG = "\"feed-v1\"";
  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<String> articles;

  FixtureSite(List<String> articles) throws IOException {
    this.articles = articles;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
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
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<Request> requests() {
    return requests;
  }

  public int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    requests.add(
        new Request(
            path,
            x.getRequestHeaders().getFirst("User-Agent"),
            x.getRequestHeaders().getFirst("If-None-Match"),
            System.nanoTime()));
    int n = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try {
      route(x, path, n);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      x.close();
    }
  }

  private void route(HttpExchange x, String path, int n) throws IOException, InterruptedException {
    switch (path) {
      case "/robots.txt" ->
          send(
              x,
              200,
              "text/plain",
              "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
      case "/feed.xml" -> feed(x);
      case "/notxml.xml" ->
          send(
              x,
              200,
              "application/rss+xml",
              "this is not a feed at all".getBytes(StandardCharsets.UTF_8));
      case "/redirect/a" -> redirect(x, 302, "/redirect/b");
      case "/redirect/b" -> redirect(x, 301, "/news/4");
      case "/loop/a" -> redirect(x, 302, "/loop/b");
      case "/loop/b" -> redirect(x, 302, "/loop/a");
      case "/slow" -> {
        Thread.sleep(3_000);
        send(x, 200, "text/html", page("06-nastooh-tasnim.html"));
      }
      case "/big" -> send(x, 200, "text/html", new byte[300 * 1024]);
      case "/image.png" -> send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      case "/busy" -> {
        if (n == 1) {
          x.getResponseHeaders().add("Retry-After", "1");
          send(x, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        } else {
          send(x, 200, "text/html; charset=utf-8", page("07-nastooh-yjc.html"));
        }
      }
      case "/news/1" -> send(x, 200, "text/html; charset=utf-8", page("01-iransamaneh-irna.html"));
      case "/news/2" -> send(x, 200, "text/html", page("14-irna-1387-cp1256-nocharset.html"));
      case "/news/4" -> send(x, 200, "text/html", page("05-nastooh-mehr.html"));
      case "/private/3" -> send(x, 200, "text/html", page("08-nastooh-fars.html"));
      default -> {
        if (path.startsWith("/extra/")) {
          send(x, 200, "text/html", extraPage(path));
        } else {
          send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** Pages /extra/N, each a different short article (for crawls long enough to be killed). */
  private static byte[] extraPage(String path) {
    String n = path.substring("/extra/".length());
    return ("<html><head><title>خبر شماره "
            + n
            + " - ایرنا</title></head><body><article><h1>خبر شماره "
            + n
            + " درباره بازار کار</h1><div class=\"item-text\"><p>به گزارش ایرنا، گزارش شماره "
            + n
            + " درباره اشتغال جوانان در استان "
            + n
            + " منتشر شد و نرخ بیکاری در این استان "
            + n
            + " درصد اعلام شد.</p><p>این گزارش "
            + n
            + " نشان می‌دهد که شمار کارگاه‌های فعال افزایش یافته است.</p>"
            + "</div></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private void feed(HttpExchange x) throws IOException {
    if (FEED_ETAG.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      x.sendResponseHeaders(304, -1);
      return;
    }
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>خبرها</title><link>"
                + url("/")
                + "</link><description>آزمون</description>");
    for (String a : articles) {
      rss.append("<item><title>خبر</title><link>").append(url(a)).append("</link></item>");
    }
    rss.append("</channel></rss>");
    x.getResponseHeaders().add("ETag", FEED_ETAG);
    send(
        x,
        200,
        "application/rss+xml; charset=utf-8",
        rss.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void redirect(HttpExchange x, int status, String to) throws IOException {
    x.getResponseHeaders().add("Location", to);
    x.sendResponseHeaders(status, -1);
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /** A fixture page, read as a resource so that it is found inside the test jar too. */
  static byte[] page(String name) throws IOException {
    try (var in = FixtureSite.class.getResourceAsStream("/ir/khabar/core/extract/pages/" + name)) {
      if (in == null) {
        throw new IOException("no fixture page " + name);
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
