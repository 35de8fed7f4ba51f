package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `khabar crawl` against a feed on 127.0.0.1 whose item leads to a second loopback host, 127.0.0.2:
 * no request reaches it, the refusal is printed in plain words, and {@code --allow-host} lets it
 * through.
 */
class CrawlCommandTest {
  @TempDir Path data;

  @Test
  void aFeedCannotSendTheCrawlerToAnInternalHostUnlessTheUserAllowsIt() throws Exception {
    AtomicInteger internalHits = new AtomicInteger();
    HttpServer internal =
        server(
            "127.0.0.2",
            x -> {
              internalHits.incrementAndGet();
              send(
                  x,
                  "text/html; charset=utf-8",
                  "<html><head><title>مدیریت</title></head><body><article><h1>صفحه ورود مدیر"
                      + "</h1><p>برای ورود به بخش مدیریت نظرها نام کاربری و گذرواژه را وارد کنید تا فهرست نظرهای تازه نمایش داده شود.</p>"
                      + "</article></body></html>");
            });
    String secret = "http://2130706434:" + internal.getAddress().getPort() + "/admin";
    HttpServer feed =
        server(
            "127.0.0.1",
            x ->
                send(
                    x,
                    "application/rss+xml",
                    "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                        + "<channel><title>خبر</title><link>http://example.com/</link><description>d</description>"
                        + "<item><title>خبر</title><link>"
                        + secret
                        + "</link></item></channel></rss>"));
    try {
      String url = "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml";
      Cli.Result refused = Cli.withData(data, "crawl", "--delay", "10", "--feed", url);
      assertThat(internalHits).hasValue(0);
      assertThat(refused.err())
          .contains(secret + ": refused: 2130706434 is 127.0.0.2, a loopback address");
      assertThat(refused.out()).contains("1 link(s) refused");
      assertThat(refused.code()).isEqualTo(1);

      Cli.Result allowed =
          Cli.withData(data, "crawl", "--delay", "10", "--feed", url, "--allow-host", "2130706434");
      assertThat(internalHits.get()).as("robots.txt and the page").isEqualTo(2);
      assertThat(allowed.err()).doesNotContain("refused");
    } finally {
      feed.stop(0);
      internal.stop(0);
    }
  }

  private interface Answer {
    void answer(HttpExchange x) throws IOException;
  }

  private static HttpServer server(String address, Answer answer) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(address, 0), 0);
    s.createContext(
        "/",
        x -> {
          try (x) {
            answer.answer(x);
          }
        });
    s.start();
    return s;
  }

  private static void send(HttpExchange x, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
