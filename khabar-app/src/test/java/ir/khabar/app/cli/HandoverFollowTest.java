package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.app.follow.FollowSettings;
import ir.khabar.app.web.WebServer;
import ir.khabar.app.web.WebhookReceiver;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow issue's first check, end to end: a webhook follow on a running site receives a
 * correctly signed delivery soon after `khabar ingest` hands a matching article to that site.
 */
@Tag("integration")
class HandoverFollowTest {
  private static final String PASSWORD = "گذرواژهٔ-آزمون-42";
  private static final String SAFFRON =
      """
      برداشت زعفران در قائنات با کم‌آبی کاهش یافت

      برداشت زعفران در مزرعه‌های قائنات امسال با کم‌آبی کاهش یافت.

      به گزارش خبرگزاری ایرنا، کشاورزان قائنات از کاهش بارش و خشک شدن قنات‌ها گفتند.
      """;

  @TempDir Path dir;

  @Test
  void anArticleHandedToTheRunningSiteReachesTheWebhookSigned() throws Exception {
    Path data = dir.resolve("data");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"));
        Pipeline pipeline = new Pipeline(engine);
        Database db = Database.open(null, data);
        WebhookReceiver hook = new WebhookReceiver()) {
      Ingest.sample(engine);
      WebServer server =
          new WebServer(
              engine,
              db,
              WebServer.Options.defaults().withAdminPassword(PASSWORD),
              FollowSettings.defaults().withEvery(Duration.ofMillis(500)).withPrivateWebhooks(true),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      try (ServedSite site = ServedSite.start(server, pipeline, data, 0)) {
        JsonNode follow = follow(site.port(), "زعفران", hook.url());
        hook.secret = follow.get("secret").asText();

        Path file = Files.writeString(dir.resolve("saffron.txt"), SAFFRON, StandardCharsets.UTF_8);
        Cli.Result r = Cli.withData(data, "ingest", file.toString());
        assertThat(r.code()).as(r.err()).isZero();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (hook.accepted.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }
        assertThat(hook.accepted).as("a delivery within a minute").hasSize(1);
        assertThat(hook.badSignatures).isEmpty();
        JsonNode delivered = hook.accepted.get(0);
        assertThat(delivered.get("follow").asLong()).isEqualTo(follow.get("id").asLong());
        assertThat(delivered.get("articles").get(0).get("title").asText())
            .isEqualTo("برداشت زعفران در قائنات با کم\u200cآبی کاهش یافت");
      }
    }
  }

  private static JsonNode follow(int port, String q, String webhook) throws Exception {
    String body =
        ArticleJson.MAPPER.createObjectNode().put("q", q).put("webhook", webhook).toString();
    String basic =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/follows"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return ArticleJson.MAPPER.readTree(r.body());
  }
}
