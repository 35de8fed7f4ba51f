package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.app.web.WebServer;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `khabar ingest` into the folder of a running site: the real server on a free port over a Lucene
 * index and SQLite in a temporary folder, and the ingest command run in this JVM against the same
 * folder. The files go to the server, which stores them at once, and the command prints what a
 * local ingest prints.
 */
@Tag("integration")
class IngestHandoverTest {
  private static final String GAS =
      """
      سرمای زودرس و افزایش مصرف گاز خانگی در شمال کشور

      مصرف گاز خانگی در استان‌های شمالی با کاهش دمای هوا به رکورد تازه‌ای رسید.

      به گزارش خبرگزاری مهر، مدیرعامل شرکت گاز استان مازندران از مشترکان خواست در مصرف صرفه‌جویی کنند.
      """;
  private static final String WHEAT =
      """
      خرید تضمینی گندم از کشاورزان خوزستان آغاز شد

      خرید تضمینی گندم از کشاورزان استان خوزستان از امروز در سی مرکز خرید آغاز شد.

      به گزارش خبرگزاری ایرنا، مدیر غله استان گفت بهای گندم تحویلی ظرف یک هفته پرداخت می‌شود.
      """;

  @TempDir Path dir;
  private Path data;
  private LuceneSearchEngine engine;
  private Pipeline pipeline;
  private Database db;
  private ServedSite site;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void serve() throws Exception {
    data = dir.resolve("data");
    engine = LuceneSearchEngine.open(data.resolve("index"));
    pipeline = new Pipeline(engine);
    db = Database.open(null, data);
    WebServer server =
        new WebServer(
            engine,
            db,
            WebServer.Options.defaults().withAdminPassword("گذرواژهٔ-آزمون-42"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    site = ServedSite.start(server, pipeline, data, 0);
  }

  @AfterEach
  void stop() throws Exception {
    stopServer();
  }

  private void stopServer() throws Exception {
    if (site != null) {
      site.close();
      db.close();
      pipeline.close();
      engine.close();
      site = null;
    }
  }

  @Test
  void theServerTakesTheFilesAndTheyAreSearchableAtOnce() throws Exception {
    Path gas = Files.writeString(dir.resolve("gas.txt"), GAS, StandardCharsets.UTF_8);
    Path wheat = Files.writeString(dir.resolve("wheat.txt"), WHEAT, StandardCharsets.UTF_8);

    Cli.Result r = Cli.withData(data, "ingest", gas.toString(), wheat.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("khabar serve is running on " + data);
    assertThat(r.outLines())
        .contains("read 2 file(s), 2 record(s): 2 new, 0 duplicate, 0 rejected");
    JsonNode found = search("مازندران");
    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("origin").asText()).isEqualTo(gas.toString());
    assertThat(search("گندم خوزستان").get("total").asInt()).isEqualTo(1);

    Cli.Result again = Cli.withData(data, "ingest", gas.toString());
    assertThat(again.outLines())
        .contains("read 1 file(s), 1 record(s): 0 new, 1 duplicate, 0 rejected");
  }

  @Test
  void aDeclaredSourceTravelsWithTheFiles() throws Exception {
    Path bridge =
        Files.writeString(
            dir.resolve("bridge.txt"), IngestCommandTest.UNNAMED, StandardCharsets.UTF_8);
    Cli.Result r = Cli.withData(data, "ingest", "--source", "همشهری", bridge.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("khabar serve is running on " + data);
    JsonNode found = search("مرمت");
    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("source").asText())
        .isEqualTo(IngestCommandTest.agency("hamshahri"));
  }

  @Test
  void badFilesAreReportedAsALocalIngestReportsThemAndTheRestIsStored() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(folder.resolve("gas.txt"), GAS, StandardCharsets.UTF_8);
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D});
    Files.write(
        folder.resolve("big.txt"),
        GAS.repeat(17 * 1024 * 1024 / GAS.length() + 1).getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(folder.resolve("loop"), folder);
    Path missing = dir.resolve("nowhere.txt");
    Path wheat = Files.writeString(dir.resolve("wheat.txt"), WHEAT, StandardCharsets.UTF_8);
    String[] paths = {folder.toString(), missing.toString(), wheat.toString()};

    Cli.Result handed = Cli.withData(data, "ingest", paths);
    Cli.Result local = Cli.withData(dir.resolve("local"), "ingest", paths);

    assertThat(handed.err()).contains("handing it");
    assertThat(handed.code()).isEqualTo(local.code()).isEqualTo(1);
    assertThat(handed.out()).isEqualTo(local.out());
    assertThat(rejections(handed)).isEqualTo(rejections(local)).hasSize(5);
    assertThat(handed.err().lines())
        .contains("rejected: " + folder.resolve("empty.txt") + ": empty file")
        .contains("rejected: " + missing + ": no such file")
        .anySatisfy(l -> assertThat(l).contains("big.txt: cannot read: too large"))
        .anySatisfy(l -> assertThat(l).contains("loop: cannot read: a symbolic link loop"));
    assertThat(handed.outLines())
        .contains("read 7 file(s), 2 record(s): 2 new, 0 duplicate, 5 rejected");
    assertThat(search("مازندران").get("total").asInt()).isEqualTo(1);
    assertThat(search("گندم").get("total").asInt()).isEqualTo(1);
  }

  private static List<String> rejections(Cli.Result r) {
    return r.err().lines().filter(l -> l.startsWith("rejected: ")).sorted().toList();
  }

  @Test
  void aMissingOrWrongSecretIsRefusedAndNothingIsStored() throws Exception {
    HandoverFile real = HandoverFile.readFrom(data).orElseThrow();
    byte[] body = {0}; // an empty stream of inputs
    assertThat(post(null, body).statusCode()).isEqualTo(401);
    assertThat(post("Bearer " + real.secret() + "x", body).statusCode()).isEqualTo(403);
    assertThat(post("Basic " + real.secret(), body).statusCode()).isEqualTo(401);
    HttpResponse<String> ok = post("Bearer " + real.secret(), body);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"report\"").contains("\"files\":0");

    new HandoverFile(real.port(), real.pid(), HandoverFile.newSecret()).writeInto(data);
    Path gas = Files.writeString(dir.resolve("gas.txt"), GAS, StandardCharsets.UTF_8);
    Cli.Result r = Cli.withData(data, "ingest", gas.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("the server refused the inputs (403: wrong secret)");
    assertThat(search("مازندران").get("total").asInt()).isZero();
  }

  @Test
  void theSecretFileIsTheOwnersAloneAndGoesWithTheServer() throws Exception {
    Path file = data.resolve(HandoverFile.NAME);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    HandoverFile written = HandoverFile.readFrom(data).orElseThrow();
    assertThat(written.port()).isEqualTo(site.port());
    assertThat(written.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(written.secret()).hasSizeGreaterThanOrEqualTo(43);
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    stopServer();

    assertThat(file).doesNotExist();
  }

  @Test
  void aFileLeftByAServerThatIsGoneDoesNotStopALocalIngest() throws Exception {
    HandoverFile left = HandoverFile.readFrom(data).orElseThrow();
    stopServer();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    new HandoverFile(left.port(), gone.pid(), left.secret()).writeInto(data);
    Path gas = Files.writeString(dir.resolve("gas.txt"), GAS, StandardCharsets.UTF_8);

    Cli.Result r = Cli.withData(data, "ingest", gas.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("handing it");
    assertThat(r.outLines())
        .contains("read 1 file(s), 1 record(s): 1 new, 0 duplicate, 0 rejected");

    // a process of that id runs (this one), but nothing listens on the port any more
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    HandoverFile.of(closed, left.secret()).writeInto(data);
    Path wheat = Files.writeString(dir.resolve("wheat.txt"), WHEAT, StandardCharsets.UTF_8);
    Cli.Result again = Cli.withData(data, "ingest", wheat.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("the server does not answer; ingesting here");
    assertThat(Cli.withData(data, "search", "--json", "گندم").json().get("total").asInt())
        .isEqualTo(1);
  }

  private JsonNode search(String q) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + site.port()
                            + "/api/search?q="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    return ArticleJson.MAPPER.readTree(r.body());
  }

  private HttpResponse<String> post(String authorization, byte[] body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/api/ingest"))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
