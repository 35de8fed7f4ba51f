package ir.khabar.app.cli;

import ir.khabar.core.fetch.AddressGuard;
import ir.khabar.core.fetch.CrawlState;
import ir.khabar.core.fetch.Crawler;
import ir.khabar.core.fetch.FetchPolicy;
import ir.khabar.core.fetch.Fetcher;
import ir.khabar.core.fetch.WarcArchive;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.store.Database;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `khabar crawl --feed URL...`: exit 0 unless something failed (a fetch error, a feed that is not
 * one, a page that could not be read): pages skipped by rule (robots.txt, not HTML, not news) are
 * no failure.
 */
@Command(name = "crawl", description = "Crawl RSS/Atom feeds and their article pages, politely.")
public final class CrawlCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin EngineOption engine;

  @Option(names = "--feed", paramLabel = "URL", description = "A feed to read (repeatable).")
  List<URI> feeds = new ArrayList<>();

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description =
          "A sources file: one feed URL a line, "
              + "optionally after an agency id and a tab (see conf/sources.tsv).")
  Path sources;

  @Option(
      names = "--delay",
      paramLabel = "MS",
      defaultValue = "2000",
      description = "Milliseconds between requests to one host (default ${DEFAULT-VALUE}).")
  long delayMs;

  @Option(
      names = "--allow-host",
      paramLabel = "HOST",
      description =
          "Fetch from this host even though it is on "
              + "a loopback, private or link-local address (repeatable). A feed's own host and port always are.")
  List<String> allowHosts = new ArrayList<>();

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Keep the crawl state in this database, e.g. "
              + "jdbc:postgresql://host/khabar?user=khabar (default: SQLite khabar.db under --data).")
  String db;

  @Override
  public Integer call() throws Exception {
    List<URI> all = new ArrayList<>(feeds);
    if (sources != null) {
      all.addAll(readSources(sources));
    }
    if (all.isEmpty()) {
      System.err.println("khabar crawl: give --feed URL or --sources FILE");
      return 2;
    }
    Crawler.Report report;
    try (SearchEngine index = engine.open(data);
        Pipeline pipeline = new Pipeline(index);
        Database store = Database.open(db, data.data)) {
      report =
          crawl(pipeline, store, data, all, Duration.ofMillis(delayMs), Set.copyOf(allowHosts));
    }
    report.skipped().forEach(s -> System.err.println("skipped: " + s));
    System.out.println(report.summary());
    System.out.println(report.datingSummary());
    return report.succeeded() ? 0 : 1;
  }

  /**
   * Crawls the feeds through the pipeline, with the crawl state in the store and the pages kept
   * under --data.
   */
  static Crawler.Report crawl(
      Pipeline pipeline, Database store, DataOption data, List<URI> feeds, Duration delay)
      throws Exception {
    return crawl(pipeline, store, data, feeds, delay, Set.of());
  }

  /**
   * As above, also fetching from these hosts when they are internal (a feed's own host always is).
   */
  static Crawler.Report crawl(
      Pipeline pipeline,
      Database store,
      DataOption data,
      List<URI> feeds,
      Duration delay,
      Set<String> allowHosts)
      throws Exception {
    try (CrawlState state = CrawlState.in(store);
        WarcArchive archive = new WarcArchive(data.data.resolve("raw"))) {
      Fetcher fetcher =
          new Fetcher(FetchPolicy.standard().withDelay(delay), new AddressGuard(allowHosts));
      return new Crawler(pipeline, fetcher, state, archive).crawl(feeds);
    }
  }

  static List<URI> readSources(Path file) throws IOException {
    List<URI> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        String[] f = l.split("\t");
        out.add(URI.create(f[f.length - 1].strip()));
      }
    }
    return out;
  }
}
