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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile site for crawler tests, on one loopback address (any of 127.0.0.0/8: Linux routes them
 * all to lo): routes answered by small handlers, and a count of every request it received.
 */
public final class LoopbackSite implements AutoCloseable {
  /** Answers one request. */
  public interface Route {
    void answer(HttpExchange x) throws IOException, InterruptedException;
  }

  /** One request the site received. */
  public record Request(String path, String userAgent, String ifNoneMatch, long nanos) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private Route otherwise = x -> send(x, 404, "text/plain", "not found");

  LoopbackSite(String address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(address, 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  LoopbackSite route(String path, Route r) {
    routes.put(path, r);
    return this;
  }

  /** What answers a path no route names. */
  LoopbackSite otherwise(Route r) {
    otherwise = r;
    return this;
  }

  /** An RSS feed at {@code path} whose items link to these addresses, as written. */
  LoopbackSite feed(String path, String... links) {
    String rss = rss(links);
    return route(path, x -> send(x, 200, "application/rss+xml", rss));
  }

  LoopbackSite page(String path, String html) {
    return route(path, x -> send(x, 200, "text/html; charset=utf-8", html));
  }

  int port() {
    return server.getAddress().getPort();
  }

  public URI url(String path) {
    return URI.create(
        "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + path);
  }

  /** Every request, robots.txt included. */
  int hits() {
    return requests.size();
  }

  /** Every request, robots.txt included, in the order received. */
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
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try {
      routes.getOrDefault(path, otherwise).answer(x);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      x.close();
    }
  }

  static void send(HttpExchange x, int status, String type, String body) throws IOException {
    send(x, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange x, int status, String type, byte[] bytes) throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void redirect(HttpExchange x, String to) throws IOException {
    redirect(x, 302, to);
  }

  static void redirect(HttpExchange x, int status, String to) throws IOException {
    x.getResponseHeaders().add("Location", to);
    x.sendResponseHeaders(status, -1);
  }

  /** An RSS feed whose items link to these addresses, as written. */
  static String rss(String... links) {
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>خبرها</title><link>http://example.com/</link><description>آزمون</description>");
    for (String link : links) {
      rss.append("<item><title>خبر</title><link>")
          .append(link.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
          .append("</link></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  /** A short Persian news page, different for each {@code n}. */
  static String article(int n, String head) {
    return article(String.valueOf(n), "", head, "");
  }

  /** A short Persian news page, {@code suffix} after its title and {@code lead} before its text. */
  static String article(String n, String suffix, String head, String lead) {
    return "<html><head><title>خبر شماره "
        + n
        + suffix
        + "</title>"
        + head
        + "</head><body><article><h1>خبر شماره "
        + n
        + " درباره بازار کار</h1><div class=\"item-text\"><p>"
        + lead
        + "گزارش شماره "
        + n
        + " درباره اشتغال جوانان در استان "
        + n
        + " منتشر شد و نرخ بیکاری در این استان "
        + n
        + " درصد اعلام شد.</p><p>این گزارش "
        + n
        + " نشان می\u200cدهد که شمار کارگاه\u200cهای فعال افزایش یافته است.</p></div></article></body></html>";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
