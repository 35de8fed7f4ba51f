package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.app.Main;
import ir.khabar.core.fetch.FixtureSite;
import ir.khabar.core.fetch.LoopbackSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `khabar crawl --db jdbc:postgresql:…` keeps its state in PostgreSQL, as every node of a cluster
 * would: a second crawl from another data folder (another machine) fetches and stores nothing
 * twice. Skipped when PostgreSQL is not installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresCrawlStateTest {
  @TempDir Path dir;

  @Test
  void aSecondMachineCrawlingTheSameFeedsFindsThemDone() throws Exception {
    String db = PostgresServer.sharedDatabase();
    try (FixtureSite site = FixtureSite.standard()) {
      String feed = site.url("/feed.xml").toString();
      String first = crawl(dir.resolve("node-1"), db, feed);
      assertThat(first)
          .as("news 1, 2 and 4, busy after its 429, and the slow page")
          .contains("5 new");
      int requests = site.requests().size();
      String second = crawl(dir.resolve("node-2"), db, feed);
      assertThat(second).contains("0 new");
      assertThat(site.requests().subList(requests, site.requests().size()))
          .extracting(LoopbackSite.Request::path)
          .doesNotContain("/news/1", "/news/2", "/busy");
    }
    try (Connection c = DriverManager.getConnection(db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM crawl_seen")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getInt(1)).isGreaterThanOrEqualTo(4);
    }
  }

  private static String crawl(Path data, String db, String feed) {
    var out = new ByteArrayOutputStream();
    var previous = System.out;
    var previousErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Main.run(
          new String[] {
            "crawl", "--data", data.toString(), "--db", db, "--delay", "150", "--feed", feed
          });
    } finally {
      System.setOut(previous);
      System.setErr(previousErr);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
