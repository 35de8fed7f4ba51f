package ir.khabar.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 4, 6, 7 and 16 against a hostile site on 127.0.0.1: a page that trickles a byte a
 * second, a feed with a bad link between good ones, a page that claims to be Fars, and a feed
 * reached with a user name and password in its URL.
 */
@Tag("integration")
class HostileFeedTest {
  @TempDir Path data;

  @Test
  void aPageThatTricklesAByteASecondDoesNotHoldTheCrawl() throws Exception {
    AtomicBoolean dropped = new AtomicBoolean();
    try (LoopbackSite site = new LoopbackSite("127.0.0.1")) {
      site.page("/news/1", LoopbackSite.article(1, ""))
          .route("/trickle", x -> trickle(x, dropped))
          .feed("/feed.xml", "/trickle", "/news/1");
      long start = System.nanoTime();
      Crawler.Report report = crawl(List.of(site.url("/feed.xml")), Duration.ofSeconds(2));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(reasons(report).get(site.url("/trickle").toString()))
          .isEqualTo("timed out after 2 s");
      assertThat(report.added()).as("the page after it").isEqualTo(1);
      assertThat(took)
          .as("a 2 s deadline against a 90 s trickle")
          .isLessThan(Duration.ofSeconds(30));
      long waitUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!dropped.get() && System.nanoTime() < waitUntil) {
        Thread.sleep(100);
      }
      assertThat(dropped).as("the connection was dropped, not left to trickle").isTrue();
    }
  }

  @Test
  void aBadLinkCostsOnlyItselfAndSpacesAreEncoded() throws Exception {
    try (LoopbackSite site = new LoopbackSite("127.0.0.1")) {
      site.page("/news/1", LoopbackSite.article(1, ""))
          .page("/news/with space", LoopbackSite.article(2, ""))
          .page("/news/3", LoopbackSite.article(3, ""))
          .feed(
              "/feed.xml",
              "/news/1",
              "/news/with space",
              "http://exa mple.com/news/<2>",
              "/news/\n\t3");
      Crawler.Report report = crawl(List.of(site.url("/feed.xml")), Duration.ofSeconds(5));

      assertThat(report.added())
          .as(
              "news/1, news/3 (a tab and a line break dropped) and the link with a space, "
                  + "percent-encoded: "
                  + report.skipped())
          .isEqualTo(3);
      assertThat(site.hits("/news/with space")).isEqualTo(1);
      assertThat(reasons(report)).containsOnlyKeys("http://exa mple.com/news/<2>");
      assertThat(reasons(report).get("http://exa mple.com/news/<2>"))
          .startsWith("a link in the feed that is not a URL");
      try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"))) {
        assertThat(engine.contains(ArticleIds.forUrl(site.url("/news/with%20space").toString())))
            .isTrue();
        Pipeline pipeline = new Pipeline(engine);
      }
    }
  }

  @Test
  void aPageOnOneHostIsNotStoredAsAnotherSitesArticle() throws Exception {
    String fars = "https://www.farsnews.ir/news/14030405000123/";
    String spoof =
        "<meta property=\"og:site_name\" content=\"خبرگزاری فارس\"><meta property=\"og:url\" content=\""
            + fars
            + "\"><link rel=\"canonical\" href=\""
            + fars
            + "\">";
    try (LoopbackSite site = new LoopbackSite("127.0.0.1")) {
      site.page("/spoof", LoopbackSite.article(1, spoof)).feed("/feed.xml", "/spoof");
      assertThat(crawl(List.of(site.url("/feed.xml")), Duration.ofSeconds(5)).added()).isEqualTo(1);

      try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"))) {
        assertThat(engine.contains(ArticleIds.forUrl(fars)))
            .as("not under the Fars article's id")
            .isFalse();
        Pipeline pipeline = new Pipeline(engine);
        Article stored = engine.get(ArticleIds.forUrl(site.url("/spoof").toString())).orElseThrow();
        assertThat(stored.url()).isEqualTo(site.url("/spoof").toString());
        assertThat(stored.canonicalUrl()).isNull();
        assertThat(stored.source().id()).isNotEqualTo("fars");
        assertThat(stored.title()).startsWith("خبر شماره").endsWith("درباره بازار کار");
      }
    }
  }

  @Test
  void aUserAndPasswordInTheFeedUrlNeverBecomeAnArticleUrl() throws Exception {
    try (LoopbackSite site = new LoopbackSite("127.0.0.1")) {
      site.page("/news/1", LoopbackSite.article(1, ""))
          .page("/news/2", LoopbackSite.article(2, ""))
          .feed(
              "/feed.xml", "/news/1", "http://editor:secret@127.0.0.1:" + site.port() + "/news/2");
      URI feed = URI.create("http://reader:hunter2@127.0.0.1:" + site.port() + "/feed.xml");
      Crawler.Report report = crawl(List.of(feed), Duration.ofSeconds(5));

      assertThat(report.added()).isEqualTo(2);
      try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"))) {
        for (String path : List.of("/news/1", "/news/2")) {
          Article a = engine.get(ArticleIds.forUrl(site.url(path).toString())).orElseThrow();
          Pipeline pipeline = new Pipeline(engine);
          assertThat(a.url()).isEqualTo(site.url(path).toString());
          assertThat(a.origin())
              .doesNotContain("@")
              .doesNotContain("secret")
              .doesNotContain("hunter2");
        }
      }
    }
  }

  /** Headers at once, then a byte a second for 90 s, noting when the crawler hangs up. */
  private static void trickle(com.sun.net.httpserver.HttpExchange x, AtomicBoolean dropped)
      throws IOException, InterruptedException {
    x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    x.sendResponseHeaders(200, 0);
    try (OutputStream out = x.getResponseBody()) {
      for (int i = 0; i < 90; i++) {
        out.write(' ');
        out.flush();
        Thread.sleep(1000);
      }
    } catch (IOException e) {
      dropped.set(true);
    }
  }

  private static Map<String, String> reasons(Crawler.Report report) {
    return report.skipped().stream()
        .collect(Collectors.toMap(Crawler.Skip::url, Crawler.Skip::reason, (a, b) -> a));
  }

  private Crawler.Report crawl(List<URI> feeds, Duration deadline) throws Exception {
    FetchPolicy policy =
        FetchPolicy.standard().withDelay(Duration.ofMillis(20)).withLimits(1 << 20, deadline);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"));
        Pipeline pipeline = new Pipeline(engine);
        CrawlState state = CrawlState.open(data.resolve("khabar.db"));
        WarcArchive archive = new WarcArchive(data.resolve("raw"))) {
      return new Crawler(pipeline, new Fetcher(policy), state, archive).crawl(feeds);
    }
  }
}
