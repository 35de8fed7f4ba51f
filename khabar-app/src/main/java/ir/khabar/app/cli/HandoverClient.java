package ir.khabar.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Source;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.InputTransfer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hands the inputs of {@code khabar ingest} to the server running on the same data folder: their
 * bytes, streamed one file at a time with the local limits (not their paths, so the server never
 * reads a file for a caller), over loopback with the server's secret; returns the server's report.
 */
final class HandoverClient {
  /** The server answered but would not take the inputs, or failed while storing them. */
  static final class Refused extends IOException {
    Refused(String message) {
      super(message);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .proxy(HttpClient.Builder.NO_PROXY)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final HandoverFile server;

  HandoverClient(HandoverFile server) {
    this.server = server;
  }

  /**
   * Sends the inputs and waits for the report; {@code progress} hears how many inputs the server
   * has run. A server that is not there throws {@link java.net.ConnectException}.
   */
  IngestReport send(List<Input> inputs, Source declared, IntConsumer progress)
      throws IOException, InterruptedException {
    // Asked first, so that a wrong secret is told before any file is read or sent.
    HttpResponse<String> ready =
        http.send(request(null).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (ready.statusCode() != 204) {
      throw refused(ready.statusCode(), ready.body());
    }
    HttpRequest upload =
        request(declared)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> InputTransfer.stream(inputs)))
            .build();
    HttpResponse<Stream<String>> response = http.send(upload, HttpResponse.BodyHandlers.ofLines());
    try (Stream<String> lines = response.body()) {
      if (response.statusCode() != 200) {
        throw refused(response.statusCode(), lines.collect(Collectors.joining("\n")));
      }
      return report(lines.iterator(), progress);
    }
  }

  /** A request to the server's ingest; {@code declared} travels as {@code ?source=NAME}. */
  private HttpRequest.Builder request(Source declared) {
    String query =
        declared == null
            ? ""
            : "?source=" + URLEncoder.encode(declared.name(), StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/ingest" + query))
        .header("Authorization", "Bearer " + server.secret());
  }

  private static Refused refused(int status, String body) {
    return new Refused("the server refused the inputs (" + status + ": " + error(body) + ")");
  }

  private static IngestReport report(Iterator<String> lines, IntConsumer progress)
      throws IOException {
    while (lines.hasNext()) {
      JsonNode o = ArticleJson.MAPPER.readTree(lines.next());
      if (o.has("done")) {
        progress.accept(o.get("done").asInt());
      } else if (o.has("report")) {
        return ArticleJson.MAPPER.treeToValue(o.get("report"), IngestReport.class);
      } else if (o.has("error")) {
        throw new Refused("the server failed to store the inputs: " + o.get("error").asText());
      }
    }
    throw new Refused("the server stopped before it reported");
  }

  private static String error(String body) {
    try {
      return ArticleJson.MAPPER.readTree(body).path("error").asText(body);
    } catch (IOException e) {
      return body;
    }
  }
}
