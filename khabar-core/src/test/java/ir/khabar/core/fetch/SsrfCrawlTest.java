package ir.khabar.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.ArticleIds;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Pipeline;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 1: a feed on 127.0.0.1 that links to a second loopback host (by address, by
 * decimal address, as IPv4-mapped IPv6, by redirect) and to another port of its own host (Khabar's
 * admin, say). No request may reach them; the refusals are reported; the feed's own page is still
 * stored.
 */
@Tag("integration")
class SsrfCrawlTest {
  @TempDir Path data;
  private LoopbackSite feedSite;
  private LoopbackSite internal;
  private LoopbackSite admin;

  @BeforeEach
  void sites() throws Exception {
    internal =
        new LoopbackSite("127.0.0.2")
            .page("/secret", LoopbackSite.article(2, ""))
            .route(
                "/robots.txt",
                x -> LoopbackSite.send(x, 200, "text/plain", "User-agent: *\nAllow: /\n"));
    admin = new LoopbackSite("127.0.0.1").page("/admin/comments", LoopbackSite.article(3, ""));
    int q = internal.port();
    feedSite = new LoopbackSite("127.0.0.1");
    feedSite
        .page("/news/1", LoopbackSite.article(1, ""))
        .route("/redirect", x -> LoopbackSite.redirect(x, "http://127.0.0.2:" + q + "/secret"))
        .feed(
            "/feed.xml",
            "http://127.0.0.2:" + q + "/secret",
            "http://2130706434:" + q + "/secret?decimal",
            "http://[::ffff:127.0.0.2]:" + q + "/secret?mapped",
            "/redirect",
            "http://127.0.0.1:" + admin.port() + "/admin/comments",
            "http://localhost:" + feedSite.port() + "/news/1?by-name",
            "/news/1");
  }

  @AfterEach
  void close() {
    feedSite.close();
    internal.close();
    admin.close();
  }

  @Test
  void noRequestReachesAnInternalHostTheFeedNamesAndEachRefusalIsReported() throws Exception {
    Crawler.Report report = crawl(new AddressGuard(Set.of()));

    assertThat(internal.hits()).as("requests at 127.0.0.2, robots.txt included").isZero();
    assertThat(admin.hits()).as("another port of the feed's host is another service").isZero();
    assertThat(feedSite.hits("/redirect"))
        .as("the redirect itself is on the feed's host")
        .isEqualTo(1);
    assertThat(report.added()).as("the feed's own page").isEqualTo(1);
    assertThat(feedSite.hits("/news/1"))
        .as("also as localhost: the same service the user named")
        .isEqualTo(2);
    assertThat(report.skipped())
        .extracting(Crawler.Skip::reason)
        .filteredOn(r -> r.startsWith(AddressGuard.REFUSED))
        .hasSize(5)
        .anySatisfy(r -> assertThat(r).contains("2130706434 is 127.0.0.2, a loopback address"))
        .anySatisfy(r -> assertThat(r).contains("redirected to http://127.0.0.2:"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains(
                        "127.0.0.1 is 127.0.0.1, a loopback address; a crawl fetches only"
                            + " public addresses and hosts it was given (--allow-host 127.0.0.1)"));
    assertThat(report.summary())
        .contains("5 link(s) refused: they lead to an internal or unknown address");
    assertThat(report.succeeded()).as("the exit status says so").isFalse();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"))) {
      // The page is linked twice (by address and as localhost); whichever fetch lands first is
      // kept.
      String byAddress = ArticleIds.forUrl(feedSite.url("/news/1").toString());
      String byName = ArticleIds.forUrl("http://localhost:" + feedSite.port() + "/news/1?by-name");
      assertThat(engine.contains(byAddress) || engine.contains(byName))
          .as("the feed's page is stored under one of its two addresses")
          .isTrue();
      assertThat(engine.count()).isEqualTo(1);
    }
  }

  @Test
  void aHostTheUserAllowsIsFetched() throws Exception {
    Crawler.Report report = crawl(new AddressGuard(Set.of("127.0.0.2")));

    assertThat(internal.hits("/secret"))
        .as("by address, and after the redirect")
        .isGreaterThanOrEqualTo(2);
    assertThat(admin.hits()).isZero();
    assertThat(report.skipped())
        .extracting(Crawler.Skip::reason)
        .filteredOn(r -> r.startsWith(AddressGuard.REFUSED))
        .hasSize(3)
        .noneMatch(r -> r.contains("127.0.0.2 is"));
  }

  @Test
  void internalAndPublicAddressesAreToldApart() throws Exception {
    AddressGuard guard = new AddressGuard(Set.of());
    for (String internalUrl :
        List.of(
            "http://10.1.2.3/",
            "http://172.16.0.1/",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0/",
            "http://[::1]/",
            "http://[fe80::1]/",
            "http://[fd00::1]/",
            "http://[::ffff:10.0.0.1]/",
            "http://224.0.0.1/",
            "http://100.64.0.1/",
            "http://[64:ff9b::a00:1]/",
            "http://[2002:7f00:1::]/",
            "http://0177.0.0.1/",
            "http://0x7f000001/",
            "http://127.0.0.01/")) {
      assertThat(guard.refusal(URI.create(internalUrl))).as(internalUrl).isPresent();
    }
    assertThat(guard.refusal(URI.create("http://93.184.215.14/"))).isEmpty();
    assertThat(guard.refusal(URI.create("http://[2606:4700::1111]/"))).isEmpty();
  }

  private Crawler.Report crawl(AddressGuard guard) throws Exception {
    FetchPolicy policy =
        FetchPolicy.standard()
            .withDelay(Duration.ofMillis(20))
            .withLimits(1 << 20, Duration.ofSeconds(5));
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"));
        Pipeline pipeline = new Pipeline(engine);
        CrawlState state = CrawlState.open(data.resolve("khabar.db"));
        WarcArchive archive = new WarcArchive(data.resolve("raw"))) {
      return new Crawler(pipeline, new Fetcher(policy, guard), state, archive)
          .crawl(List.of(feedSite.url("/feed.xml")));
    }
  }
}
