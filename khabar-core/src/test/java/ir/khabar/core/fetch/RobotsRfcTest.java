package ir.khabar.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Pipeline;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 9: robots.txt as RFC 9309 reads it, against a site on loopback that answers
 * robots.txt with a 10 MB file, a 5xx, a 4xx.
 */
@Tag("integration")
class RobotsRfcTest {
  private static final String FILLER = "# " + "x".repeat(1000) + "\n";

  @Test
  void aHugeRobotsFileIsReadForItsFirst500KiB() throws Exception {
    String huge = "User-agent: *\nDisallow: /\n" + FILLER.repeat(10_000);
    try (LoopbackSite site = robots(x -> LoopbackSite.send(x, 200, "text/plain", huge))) {
      Robots robots = new Robots(fetcher(site));
      assertThat(robots.allowed(site.url("/news/1"))).isFalse();
      assertThat(robots.unreachable(site.url("/news/1"))).isEmpty();
    }
  }

  @Test
  void rulesBeforeAnyUserAgentLineAreForEveryRobot() throws Exception {
    String headless = "Disallow: /\n" + FILLER.repeat(10_000);
    try (LoopbackSite site = robots(x -> LoopbackSite.send(x, 200, "text/plain", headless))) {
      assertThat(new Robots(fetcher(site)).allowed(site.url("/news/1"))).isFalse();
    }
  }

  @Test
  void aServerErrorDisallowsAllAndSaysWhy() throws Exception {
    try (LoopbackSite site = robots(x -> LoopbackSite.send(x, 503, "text/plain", "down"))) {
      Robots robots = new Robots(fetcher(site));
      URI page = site.url("/news/1");
      assertThat(robots.allowed(page)).isFalse();
      assertThat(robots.unreachable(page))
          .hasValueSatisfying(r -> assertThat(r).contains("robots.txt").contains("(503)"));
    }
  }

  @Test
  void aMissingFileAllowsAll() throws Exception {
    try (LoopbackSite site = robots(x -> LoopbackSite.send(x, 404, "text/plain", "not here"))) {
      Robots robots = new Robots(fetcher(site));
      assertThat(robots.allowed(site.url("/news/1"))).isTrue();
      assertThat(robots.unreachable(site.url("/news/1"))).isEmpty();
    }
  }

  @Test
  void aCrawlSkipsTheSiteWhoseRobotsFileFailsAndTriesAgainNextTime(@TempDir Path data)
      throws Exception {
    try (LoopbackSite site = robots(x -> LoopbackSite.send(x, 500, "text/plain", "oops"))) {
      site.page("/news/1", LoopbackSite.article(1, ""))
          .route(
              "/feed.xml",
              x -> LoopbackSite.send(x, 200, "application/rss+xml", LoopbackSite.rss("/news/1")));
      try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"));
          Pipeline pipeline = new Pipeline(engine);
          CrawlState state = CrawlState.open(data.resolve("khabar.db"));
          WarcArchive archive = new WarcArchive(data.resolve("raw"))) {
        Crawler.Report report =
            new Crawler(pipeline, fetcher(site), state, archive)
                .crawl(List.of(site.url("/feed.xml")));
        assertThat(site.hits("/news/1")).isZero();
        assertThat(report.failures())
            .extracting(Crawler.Skip::reason)
            .containsExactly(
                "robots.txt could not be had (HTTP 500), so the site is not crawled this time");
        assertThat(state.seen(site.url("/news/1").toString()))
            .as("not remembered as a rule")
            .isFalse();
      }
    }
  }

  private static LoopbackSite robots(LoopbackSite.Route answer) throws Exception {
    return new LoopbackSite("127.0.0.1").route("/robots.txt", answer);
  }

  private static Fetcher fetcher(LoopbackSite site) {
    Fetcher f =
        new Fetcher(
            FetchPolicy.standard()
                .withDelay(Duration.ofMillis(10))
                .withLimits(5 << 20, Duration.ofSeconds(10)));
    f.trust(site.url("/"));
    return f;
  }
}
