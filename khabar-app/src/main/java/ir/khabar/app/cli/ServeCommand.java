package ir.khabar.app.cli;

import ir.khabar.app.follow.FollowSettings;
import ir.khabar.app.follow.SmtpSettings;
import ir.khabar.app.web.WebServer;
import ir.khabar.core.ingest.SampleCorpus;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.store.Database;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `khabar serve`: the web site and JSON API; an empty index first receives the sample corpus. */
@Command(name = "serve", description = "Serve the web UI and JSON API.")
public final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin EngineOption engineOption;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--crawl-every",
      paramLabel = "DURATION",
      description = "Crawl the sources file every so often " + "while serving, e.g. 10m or 1h.")
  String crawlEvery;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      defaultValue = "conf/sources.tsv",
      description = "Feeds to crawl with --crawl-every (default: ${DEFAULT-VALUE}).")
  Path sources;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Comments, views and crawl state in this database, "
              + "e.g. jdbc:postgresql://host/khabar?user=khabar (default: SQLite khabar.db under --data).")
  String db;

  @Option(
      names = "--trust-proxy",
      description =
          "Take the client address from X-Forwarded-For (only behind "
              + "a reverse proxy that sets it) and HTTPS from X-Forwarded-Proto.")
  boolean trustProxy;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The site's public address, e.g. "
              + "https://khabar.example; the Atom feed's links start with it (without it they are relative).")
  String baseUrl;

  @Option(
      names = "--allow-private-webhooks",
      description =
          "Let follows' webhooks be on loopback, private or link-local addresses (tests, a closed network).")
  boolean allowPrivateWebhooks;

  @Option(
      names = "--smtp",
      paramLabel = "URL",
      description =
          "SMTP server for e-mail follows: smtp://[user:pass@]host:port (smtps:// for TLS).")
  String smtp;

  @Option(
      names = "--mail-from",
      paramLabel = "ADDRESS",
      description = "The sender of follows' e-mails (with --smtp).")
  String mailFrom;

  @Override
  public Integer call() throws Exception {
    SearchEngine engine = engineOption.open(data);
    Pipeline pipeline = new Pipeline(engine);
    if (engine.count() == 0 && !engineOption.isSolr()) {
      System.out.println(
          "First start: ingesting the sample corpus… "
              + pipeline.run(SampleCorpus.inputs()).summary());
    }
    if (smtp != null && mailFrom == null) {
      System.err.println("khabar serve: --smtp needs --mail-from ADDRESS");
      return 2;
    }
    FollowSettings follows =
        FollowSettings.defaults()
            .withPrivateWebhooks(allowPrivateWebhooks)
            .withSmtp(smtp == null ? null : SmtpSettings.parse(smtp, mailFrom));
    Database database = Database.open(db, data.data);
    var app =
        ServedSite.start(
            new WebServer(
                engine,
                database,
                WebServer.Options.defaults().withTrustProxy(trustProxy).withBaseUrl(baseUrl),
                follows,
                System.out),
            pipeline,
            data.data,
            port);
    if (crawlEvery != null) {
      Duration every = Duration.parse("PT" + crawlEvery.toUpperCase(Locale.ROOT));
      scheduleCrawls(pipeline, database, every);
    }
    System.out.println(
        "Khabar is serving "
            + engine.count()
            + " articles at http://localhost:"
            + app.port()
            + "/");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  database.close();
                  pipeline.close();
                  try {
                    engine.close();
                  } catch (Exception e) {
                    System.err.println("closing the index: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  private void scheduleCrawls(Pipeline pipeline, Database database, Duration every)
      throws IOException {
    List<URI> feeds = CrawlCommand.readSources(sources);
    var timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "khabar-crawl");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            var report = CrawlCommand.crawl(pipeline, database, data, feeds, Duration.ofSeconds(2));
            System.out.println(report.summary());
          } catch (Exception e) {
            System.err.println("crawl failed: " + e.getMessage());
          }
        },
        0,
        every.toSeconds(),
        TimeUnit.SECONDS);
    System.out.println(
        "crawling " + feeds.size() + " feed(s) from " + sources + " every " + crawlEvery);
  }
}
