package ir.khabar.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Source;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.InputTransfer;
import ir.khabar.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code POST /api/ingest}: inputs handed over by {@code khabar ingest} (see {@link InputTransfer})
 * run through the site's one pipeline, so a running site takes in an archive without stopping. Only
 * from this machine and with the secret the server wrote into its data folder. The answer is JSON
 * lines: {@code {"done": N}} while the pipeline works (which also keeps the connection from going
 * idle), then {@code {"report": …}} or {@code {"error": …}}.
 */
final class IngestEndpoint {
  private static final long HEARTBEAT_SECONDS = 5;
  private final Pipeline pipeline;
  private final byte[] secret;
  private final Path spool;

  /** {@code spool}: a folder of the server's own where the handed inputs wait to be read. */
  IngestEndpoint(Pipeline pipeline, String secret, Path spool) {
    this.pipeline = pipeline;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.spool = spool;
  }

  /**
   * {@code GET /api/ingest}: 204 when the caller may hand over inputs, so that a refusal comes
   * before any upload.
   */
  void ready(Context ctx) {
    authorise(ctx);
    ctx.status(204);
  }

  void receive(Context ctx) throws IOException {
    authorise(ctx);
    Path dir = Files.createTempDirectory(spool, ".ingest-");
    try {
      List<Input> inputs;
      try {
        inputs = InputTransfer.receive(ctx.bodyInputStream(), dir);
      } catch (IOException e) {
        throw new BadRequestResponse("the inputs did not arrive whole: " + e.getMessage());
      }
      ctx.contentType("application/x-ndjson; charset=utf-8");
      String source = ctx.queryParam("source");
      run(
          inputs,
          source == null || source.isBlank() ? null : Agencies.get().resolveOrCreate(source),
          ctx.outputStream());
    } finally {
      delete(dir);
    }
  }

  /** Only a loopback caller, not relayed by a proxy, holding the secret. */
  private void authorise(Context ctx) {
    if (!loopback(ctx.req().getRemoteAddr())
        || ctx.header("X-Forwarded-For") != null
        || ctx.header("Forwarded") != null) {
      throw new ForbiddenResponse("inputs are taken only from this machine");
    }
    String auth = ctx.header("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      throw new UnauthorizedResponse("the server's secret is missing");
    }
    byte[] given = auth.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(secret, given)) {
      throw new ForbiddenResponse("wrong secret");
    }
  }

  private static boolean loopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  private void run(List<Input> inputs, Source declared, OutputStream out) throws IOException {
    AtomicInteger done = new AtomicInteger();
    ScheduledExecutorService heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "khabar-ingest-progress");
              t.setDaemon(true);
              return t;
            });
    heartbeat.scheduleAtFixedRate(
        () -> line(out, ArticleJson.MAPPER.createObjectNode().put("done", done.get())),
        HEARTBEAT_SECONDS,
        HEARTBEAT_SECONDS,
        TimeUnit.SECONDS);
    ObjectNode last = ArticleJson.MAPPER.createObjectNode();
    try {
      IngestReport report = pipeline.run(inputs, done::set, declared);
      last.set("report", ArticleJson.MAPPER.valueToTree(report));
    } catch (IOException | RuntimeException e) {
      System.err.println("ingest handed over failed: " + e);
      last.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
    } finally {
      heartbeat.shutdownNow();
      awaitQuietly(heartbeat);
    }
    line(out, last);
  }

  private static void awaitQuietly(ScheduledExecutorService s) {
    try {
      s.awaitTermination(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One JSON line, sent at once; a client gone is the pipeline's business no more. */
  private static void line(OutputStream out, ObjectNode o) {
    synchronized (out) {
      try {
        out.write((o + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        // the caller went away; the ingest still completes and is committed
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
