package ir.khabar.app.web;

import io.javalin.Javalin;
import ir.khabar.app.follow.FollowSettings;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A real site for the follow tests: the sample corpus in a Lucene index on disk, the SQL store
 * (SQLite in the folder, or a JDBC address), the server on a free port with follows looking every
 * 200 ms; it can be stopped and started again on the same folder and database, as after a restart.
 */
final class FollowSite implements AutoCloseable {
  private final Path dir;
  private final String jdbcUrl;
  private final FollowSettings settings;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  LuceneSearchEngine engine;
  Database db;
  Javalin app;

  private FollowSite(Path dir, String jdbcUrl, FollowSettings settings) {
    this.dir = dir;
    this.jdbcUrl = jdbcUrl;
    this.settings = settings;
  }

  static FollowSettings settings() {
    return FollowSettings.defaults()
        .withEvery(Duration.ofMillis(200))
        .withRetries(Duration.ofMillis(100), 3)
        .withPrivateWebhooks(true);
  }

  static FollowSite start(Path dir, String jdbcUrl, FollowSettings settings) throws IOException {
    FollowSite site = new FollowSite(dir, jdbcUrl, settings);
    site.open();
    return site;
  }

  private void open() throws IOException {
    engine = LuceneSearchEngine.open(dir.resolve("index"));
    if (engine.count() == 0) {
      Ingest.sample(engine);
    }
    db = Database.open(jdbcUrl, dir);
    app =
        new WebServer(
                engine,
                db,
                TestSite.options(),
                settings,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .start(0);
  }

  /** Stops the server and starts it again on the same index and database. */
  void restart() throws IOException {
    close();
    open();
  }

  /** One article into the running site through its own engine, as the site's crawls do. */
  IngestReport ingest(String origin, String text) throws IOException {
    try (Pipeline pipeline = new Pipeline(engine)) {
      return pipeline.run(List.of(Input.of(origin, text.getBytes(StandardCharsets.UTF_8))));
    }
  }

  String base() {
    return "http://localhost:" + app.port();
  }

  HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postJson(String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Waits up to {@code seconds} for the condition; false when it never held. */
  static boolean await(int seconds, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    db.close();
    engine.close();
  }
}
