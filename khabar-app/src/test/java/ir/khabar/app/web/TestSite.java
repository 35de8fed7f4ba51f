package ir.khabar.app.web;

import io.javalin.Javalin;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
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
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Khabar site for tests: a Lucene index on disk (the seeds, or the sample corpus), the SQL
 * store (SQLite in the folder, or a JDBC address), and the web server on a free port.
 */
final class TestSite implements AutoCloseable {
  static final String PASSWORD = "گذرواژهٔ-آزمون-42";
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  final LuceneSearchEngine engine;
  final Database db;
  final Javalin app;
  final String printed;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private TestSite(LuceneSearchEngine engine, Database db, WebServer.Options options) {
    this.engine = engine;
    this.db = db;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    this.app =
        new WebServer(engine, db, options, new PrintStream(out, true, StandardCharsets.UTF_8))
            .start(0);
    this.printed = out.toString(StandardCharsets.UTF_8);
  }

  /** The seeds of ../shared in a fresh index. */
  static TestSite overSeeds(Path dir, Path seeds, WebServer.Options options) throws IOException {
    LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"));
    Ingest.files(engine, List.of(seeds));
    return new TestSite(engine, Database.open(null, dir), options);
  }

  /** A site over an engine the test filled itself, with SQLite in {@code dir}. */
  static TestSite over(LuceneSearchEngine engine, Path dir, WebServer.Options options)
      throws IOException {
    return new TestSite(engine, Database.open(null, dir), options);
  }

  /** The project's own sample corpus (24 articles), which needs nothing from ../shared. */
  static TestSite overSample(Path dir, String jdbcUrl, WebServer.Options options)
      throws IOException {
    LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"));
    Ingest.sample(engine);
    return new TestSite(engine, Database.open(jdbcUrl, dir), options);
  }

  static WebServer.Options options() {
    return WebServer.Options.defaults().withAdminPassword(PASSWORD);
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

  HttpResponse<String> post(String path, String contentType, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpRequest getRequest(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).GET().build();
  }

  HttpRequest formRequest(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Sends with a client of the test's own (one with a cookie jar, say), the body read as UTF-8. */
  static HttpResponse<String> send(HttpClient client, HttpRequest r)
      throws IOException, InterruptedException {
    return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The CSRF token in a page's form. */
  static String csrfField(String page) {
    Matcher m = CSRF_FIELD.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in the form");
    }
    return m.group(1);
  }

  static String basic(String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    app.stop();
    db.close();
    engine.close();
  }
}
