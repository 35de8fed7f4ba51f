package ir.khabar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.fetch.CrawlState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made by the version before the one store still opens: its khabar.db, whose crawler
 * tables the crawler made itself (the old schema SQL below), is migrated with every row kept.
 */
class OldDataFolderTest {
  /** What the previous CrawlState ran on every open. */
  private static final String[] OLD_CRAWLER_SCHEMA = {
    "CREATE TABLE IF NOT EXISTS crawl_seen (url TEXT PRIMARY KEY, outcome TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS crawl_feed (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, at TEXT)",
    "CREATE TABLE IF NOT EXISTS crawl_failure (url TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)"
  };

  private static final String SEEN = "https://www.irna.ir/news/85991234/";
  private static final String FEED = "https://www.irna.ir/rss";

  @TempDir Path data;

  @Test
  void aFolderOnlyCrawledIsBaselinedAndKeepsItsCrawlState() throws Exception {
    writeOldCrawlState();
    try (Database db = Database.open(null, data);
        CrawlState state = CrawlState.in(db)) {
      assertThat(history(db)).containsExactly("0", "1", "2", "3", "4", "5");
      assertThat(state.seen(SEEN)).isTrue();
      assertThat(state.validators(FEED)).containsExactly("\"v1\"", "Mon, 01 Dec 2025 08:00:00 GMT");
      assertThat(count(db, "reader_comment")).isZero();
    }
  }

  @Test
  void aFolderCrawledAndServedGetsOnlyTheNewMigration() throws Exception {
    writeOldCrawlState();
    // The previous site's store: the same V1, applied over a baseline at 0.
    Flyway.configure()
        .dataSource("jdbc:sqlite:" + data.resolve("khabar.db"), null, null)
        .locations("classpath:ir/khabar/core/store/migration/sqlite")
        .table("khabar_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target("1")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("khabar.db"));
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO setting (name, value) VALUES ('site-key', 'کلید')");
    }
    try (Database db = Database.open(null, data);
        CrawlState state = CrawlState.in(db)) {
      assertThat(history(db)).containsExactly("0", "1", "2", "3", "4", "5");
      assertThat(state.seen(SEEN)).isTrue();
      assertThat(count(db, "setting")).isEqualTo(1);
      state.markSeen("https://www.isna.ir/news/1/", "stored");
      assertThat(count(db, "crawl_seen")).isEqualTo(2);
    }
  }

  @Test
  void aNewFolderGetsEveryTableFromTheMigrations() throws Exception {
    try (CrawlState state = CrawlState.open(data.resolve("khabar.db"))) {
      assertThat(state.seen(SEEN)).isFalse();
      state.failed(SEEN, "HTTP 404");
    }
    try (Database db = Database.open(null, data)) {
      assertThat(history(db)).containsExactly("1", "2", "3", "4", "5");
      assertThat(count(db, "crawl_failure")).isEqualTo(1);
    }
  }

  private void writeOldCrawlState() throws Exception {
    Files.createDirectories(data);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("khabar.db"));
        Statement s = c.createStatement()) {
      for (String sql : OLD_CRAWLER_SCHEMA) {
        s.execute(sql);
      }
      s.execute("INSERT INTO crawl_seen VALUES ('" + SEEN + "', 'stored', '2025-12-01T08:00:00Z')");
      s.execute(
          "INSERT INTO crawl_feed VALUES ('"
              + FEED
              + "', '\"v1\"', 'Mon, 01 Dec 2025 08:00:00 GMT', "
              + "'2025-12-01T08:00:00Z')");
    }
  }

  private static List<String> history(Database db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT version FROM khabar_schema_history WHERE success "
                    + "ORDER BY installed_rank")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static long count(Database db, String table) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
