package ir.khabar.core.fetch;

import ir.khabar.core.ArticleIds;
import ir.khabar.core.Dating;
import ir.khabar.core.ingest.DatingCounts;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fetch stage's entry point: reads each feed (conditionally), fetches the article pages it has
 * not stored or given up on, politely and as robots.txt allows, keeps each page in the WARC
 * archive, and hands the feed's pages to ingest, which commits them before they are marked done. A
 * crawl stopped at any point and started again fetches and stores nothing twice.
 */
public final class Crawler {
  /**
   * A URL the crawl did not store, and why; {@code failure} when something went wrong (a fetch
   * error, a feed that is not one, a page that could not be read), false for a polite or deliberate
   * skip (robots.txt, not an HTML page, not news), which is no failure: wget and Scrapy exit 0 on
   * those too.
   */
  public record Skip(String url, String reason, boolean failure) {
    public Skip(String url, String reason) {
      this(url, reason, true);
    }

    @Override
    public String toString() {
      return url + ": " + reason + (failure ? "" : " (not a failure)");
    }
  }

  /** What a crawl did, and how the new articles were dated. */
  public record Report(
      int feeds,
      int unchangedFeeds,
      int fetched,
      int added,
      int duplicates,
      List<Skip> skipped,
      Map<Dating.Basis, Integer> dated,
      int undated) {
    public Report {
      skipped = List.copyOf(skipped);
      dated = Map.copyOf(dated);
    }

    public Report(
        int feeds, int unchangedFeeds, int fetched, int added, int duplicates, List<Skip> skipped) {
      this(feeds, unchangedFeeds, fetched, added, duplicates, skipped, Map.of(), 0);
    }

    /** The skips that were failures. */
    public List<Skip> failures() {
      return skipped.stream().filter(Skip::failure).toList();
    }

    /** True when nothing failed: a crawl whose only skips are polite ones is a successful crawl. */
    public boolean succeeded() {
      return failures().isEmpty();
    }

    public String summary() {
      int failed = failures().size();
      long refused =
          skipped.stream().filter(s -> s.reason().startsWith(AddressGuard.REFUSED)).count();
      return String.format(
              "crawled %d feed(s) (%d unchanged), fetched %d page(s): %d new, %d duplicate, %d skipped"
                  + " (%d failed, %d by rule: robots.txt, not HTML, not news)",
              feeds,
              unchangedFeeds,
              fetched,
              added,
              duplicates,
              skipped.size(),
              failed,
              skipped.size() - failed)
          + (refused == 0
              ? ""
              : "; "
                  + refused
                  + " link(s) refused: they lead to an internal or unknown address"
                  + " (loopback, private, link-local), which a crawl does not fetch unless the host is allowed");
    }

    /** {@code dated: 0 by the page, … ; 2 undated}, as ingest prints it. */
    public String datingSummary() {
      return DatingCounts.summary(dated, undated);
    }
  }

  /**
   * Pages stored and committed together: what a crawl stopped midway fetches again is at most this.
   */
  private static final int BATCH = 8;

  private final SearchEngine engine;
  private final Pipeline pipeline;
  private final Fetcher fetcher;
  private final Robots robots;
  private final CrawlState state;
  private final WarcArchive archive;
  private final FeedReader feeds = new FeedReader();
  private final List<Skip> skipped = new ArrayList<>();
  private int unchanged;
  private int fetched;
  private int added;
  private int duplicates;
  private final Map<Dating.Basis, Integer> dated = new EnumMap<>(Dating.Basis.class);
  private int undated;

  /** A crawler that stores through {@code pipeline} (and so into its engine). */
  public Crawler(Pipeline pipeline, Fetcher fetcher, CrawlState state, WarcArchive archive) {
    this.pipeline = pipeline;
    this.engine = pipeline.engine();
    this.fetcher = fetcher;
    this.robots = new Robots(fetcher);
    this.state = state;
    this.archive = archive;
  }

  public Report crawl(List<URI> feedUrls) throws IOException, SQLException, InterruptedException {
    feedUrls.forEach(fetcher::trust);
    for (URI feed : feedUrls) {
      crawlFeed(feed);
    }
    return new Report(
        feedUrls.size(),
        unchanged,
        fetched,
        added,
        duplicates,
        List.copyOf(skipped),
        dated,
        undated);
  }

  private void crawlFeed(URI feed) throws IOException, SQLException, InterruptedException {
    String[] validators = state.validators(feed.toString());
    Fetched f = fetcher.get(feed, validators[0], validators[1]);
    if (f.notModified()) {
      unchanged++;
      return;
    }
    if (!f.ok()) {
      skip(feed.toString(), f.failure());
      return;
    }
    List<URI> links;
    try {
      FeedReader.Links read = feeds.links(feed, f.body());
      read.bad().forEach(this::skip);
      links = read.links();
    } catch (FeedReader.NotAFeedException e) {
      skip(feed.toString(), e.getMessage());
      return;
    }
    List<Input> pages = new ArrayList<>();
    List<String> fetchedLinks = new ArrayList<>();
    for (URI link : links) {
      Input page = fetchPage(link);
      if (page != null) {
        pages.add(page);
        fetchedLinks.add(link.toString());
      }
      if (pages.size() == BATCH) {
        store(pages, fetchedLinks);
        pages.clear();
        fetchedLinks.clear();
      }
    }
    store(pages, fetchedLinks);
    state.feedFetched(feed.toString(), f.etag(), f.lastModified());
  }

  /** The page as an ingest input, or null when it is done already or cannot be had. */
  private Input fetchPage(URI link) throws IOException, SQLException, InterruptedException {
    String url = link.toString();
    if (state.seen(url) || engine.contains(ArticleIds.forUrl(url))) {
      return null;
    }
    Optional<String> noRobots = robots.unreachable(link);
    if (noRobots.isPresent()) {
      skip(url, noRobots.get());
      return null;
    }
    if (!robots.allowed(link)) {
      skipPolitely(url, "disallowed by robots.txt");
      return null;
    }
    Fetched page = fetcher.get(link);
    if (!page.ok()) {
      skip(url, page.failure());
      state.failed(url, page.failure());
      return null;
    }
    fetched++;
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.contains("html")) {
      skipPolitely(url, "not an HTML page (" + type + ")");
      return null;
    }
    archive.write(page.url(), page);
    return Input.page(url, page.body());
  }

  private void store(List<Input> pages, List<String> links) throws IOException, SQLException {
    if (pages.isEmpty()) {
      return;
    }
    IngestReport report = pipeline.run(pages);
    added += report.added();
    duplicates += report.duplicates();
    report.rejections().forEach(r -> skipped.add(new Skip(r.file(), r.reason())));
    report.skipped().forEach(s -> skipped.add(new Skip(s.file(), s.reason(), false)));
    report.dated().forEach((basis, n) -> dated.merge(basis, n, Integer::sum));
    undated += report.undated();
    for (String link : links) {
      state.markSeen(link, "stored");
    }
  }

  /** A skip by rule, not a failure; the URL is not asked for again. */
  private void skipPolitely(String url, String reason) throws SQLException {
    skipped.add(new Skip(url, reason, false));
    state.markSeen(url, reason);
  }

  private void skip(String url, String reason) {
    skipped.add(new Skip(url, reason));
  }
}
