package ir.khabar.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.pipeline.Pipeline;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl of the loopback fixture site: what is stored, what is skipped and why, and how politely.
 */
@Tag("integration")
class CrawlerTest {
  private static final Duration DELAY = Duration.ofMillis(150);
  @TempDir Path data;

  @Test
  void crawlsFeedsPolitelyAndSkipsWhatItShouldWithReasons() throws Exception {
    try (FixtureSite site = FixtureSite.standard()) {
      Crawler.Report report = crawl(site);

      assertThat(report.added())
          .as("news/1, the Windows-1256 news/2, news/4 after redirects, busy after 429")
          .isEqualTo(4);
      Map<String, String> reasons =
          report.skipped().stream()
              .collect(
                  Collectors.toMap(
                      s -> s.url().replaceFirst("http://[^/]+", ""),
                      Crawler.Skip::reason,
                      (a, b) -> a));
      assertThat(reasons.get("/private/3")).isEqualTo("disallowed by robots.txt");
      assertThat(reasons.get("/loop/a")).startsWith("redirect loop");
      assertThat(reasons.get("/slow")).startsWith("timed out");
      assertThat(reasons.get("/big")).startsWith("response larger than");
      assertThat(reasons.get("/image.png")).startsWith("not an HTML page");
      assertThat(reasons.get("/missing")).isEqualTo("HTTP 404");
      assertThat(reasons.get("/notxml.xml")).startsWith("not an RSS or Atom feed");

      assertThat(site.hits("/private/3")).as("robots.txt obeyed").isZero();
      assertThat(site.requests())
          .allSatisfy(r -> assertThat(r.userAgent()).startsWith("KhabarBot/").contains("+http"));
      assertThat(site.hits("/busy")).isEqualTo(2);
      assertThat(gapBefore(site, "/busy", 2))
          .as("Retry-After: 1 honoured")
          .isGreaterThanOrEqualTo(Duration.ofMillis(900));
      assertThat(minimumGap(site))
          .as("one request at a time, with the delay")
          .isGreaterThanOrEqualTo(DELAY.minusMillis(30));

      try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"))) {
        assertThat(engine.contains(ArticleIds.forUrl("https://www.irna.ir/news/85991234/")))
            .as("a canonical on another host than the page's is not believed (issue 18)")
            .isFalse();
        Article irna = engine.get(ArticleIds.forUrl(site.url("/news/1").toString())).orElseThrow();
        assertThat(irna.canonicalUrl()).isNull();
        assertThat(irna.source().id())
            .as("by its credit line, به گزارش خبرنگار ... ایرنا")
            .isEqualTo("irna");
        assertThat(irna.title()).contains("بوشهر");
        assertThat(String.join(" ", irna.body()))
            .doesNotContain("پربازدیدترین")
            .doesNotContain("اشتراک گذاری");
        Article old = engine.get(ArticleIds.forUrl(site.url("/news/2").toString())).orElseThrow();
        assertThat(old.title()).contains("کتابخانه عمومی فارس").doesNotContain("\uFFFD");
      }
    }
  }

  @Test
  void aSecondCrawlFetchesAndStoresNothingTwiceAndReindexNeedsNoFetching() throws Exception {
    try (FixtureSite site = FixtureSite.standard()) {
      crawl(site);
      int requests = site.requests().size();
      Crawler.Report again = crawl(site);
      assertThat(again.added()).isZero();
      assertThat(again.unchangedFeeds()).as("conditional GET answered 304").isEqualTo(1);
      assertThat(site.requests().subList(requests, site.requests().size()))
          .extracting(LoopbackSite.Request::path)
          .doesNotContain("/news/1", "/news/2", "/busy");
      assertThat(
              site.requests().stream()
                  .filter(r -> r.path().equals("/feed.xml"))
                  .skip(1)
                  .findFirst()
                  .orElseThrow()
                  .ifNoneMatch())
          .isEqualTo(FixtureSite.FEED_ETAG);
    }
    Path raw = data.resolve("raw");
    try (Stream<Path> files = Files.list(raw)) {
      assertThat(files.filter(f -> f.toString().endsWith(".warc.gz")).count())
          .isGreaterThanOrEqualTo(1);
    }
    try (LuceneSearchEngine fresh = LuceneSearchEngine.open(data.resolve("reindexed"))) {
      IngestReport report = Ingest.files(fresh, List.of(raw));
      assertThat(report.added()).as("the four pages, from the WARC archive alone").isEqualTo(4);
    }
  }

  @Test
  void aCrawlWhoseOnlySkipsAreRobotsRulesSucceeds() throws Exception {
    try (FixtureSite site = new FixtureSite(List.of("/news/1", "/private/3"))) {
      Crawler.Report report = crawl(site, List.of(site.url("/feed.xml")));
      assertThat(report.added()).isEqualTo(1);
      assertThat(report.skipped())
          .extracting(Crawler.Skip::reason)
          .containsExactly("disallowed by robots.txt");
      assertThat(report.failures()).isEmpty();
      assertThat(report.succeeded()).as("a polite skip is not a failure").isTrue();
      assertThat(report.summary())
          .endsWith(
              "1 new, 0 duplicate, 1 skipped (0 failed, 1 by rule: robots.txt, not HTML, not news)");
      assertThat(report.datingSummary()).endsWith("0 undated").startsWith("dated: ");
    }
  }

  @Test
  void aCrawlWithARealFailureDoesNotSucceed() throws Exception {
    try (FixtureSite site = FixtureSite.standard()) {
      Crawler.Report report = crawl(site);
      assertThat(report.succeeded()).isFalse();
      assertThat(report.failures())
          .extracting(Crawler.Skip::reason)
          .contains("HTTP 404")
          .doesNotContain("disallowed by robots.txt");
    }
  }

  private Crawler.Report crawl(FixtureSite site) throws Exception {
    return crawl(site, List.of(site.url("/feed.xml"), site.url("/notxml.xml")));
  }

  private Crawler.Report crawl(FixtureSite site, List<URI> feeds) throws Exception {
    FetchPolicy policy =
        FetchPolicy.standard().withDelay(DELAY).withLimits(200 * 1024, Duration.ofSeconds(1));
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"));
        Pipeline pipeline = new Pipeline(engine);
        CrawlState state = CrawlState.open(data.resolve("khabar.db"));
        WarcArchive archive = new WarcArchive(data.resolve("raw"))) {
      return new Crawler(pipeline, new Fetcher(policy), state, archive).crawl(feeds);
    }
  }

  private static Duration gapBefore(FixtureSite site, String path, int nth) {
    List<LoopbackSite.Request> r =
        site.requests().stream().filter(q -> q.path().equals(path)).toList();
    return Duration.ofNanos(r.get(nth - 1).nanos() - r.get(nth - 2).nanos());
  }

  private static Duration minimumGap(FixtureSite site) {
    List<LoopbackSite.Request> r = site.requests();
    long min = Long.MAX_VALUE;
    for (int i = 1; i < r.size(); i++) {
      min = Math.min(min, r.get(i).nanos() - r.get(i - 1).nanos());
    }
    return Duration.ofNanos(min);
  }
}
