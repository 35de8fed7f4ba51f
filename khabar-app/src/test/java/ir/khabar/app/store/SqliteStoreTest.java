package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores on SQLite: khabar.db in a fresh data directory for each test. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;
  private Path data;
  private int opened;

  @Override
  Database openNew() throws Exception {
    data = dir.resolve("data-" + ++opened);
    return openAgain();
  }

  @Override
  Database openAgain() throws Exception {
    return Database.open(null, data);
  }

  @Test
  void opensTheFileInTheDataDirectory() {
    assertThat(db.dialect()).isEqualTo(Database.Dialect.SQLITE);
    assertThat(data.resolve("khabar.db")).isRegularFile();
  }

  @Test
  void migratesAFileThatAlreadyHoldsOtherTables() throws Exception {
    db.close();
    Path other = dir.resolve("crawled");
    Files.createDirectories(other);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other.resolve("khabar.db"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE crawl_queue (url TEXT PRIMARY KEY)");
      s.execute("INSERT INTO crawl_queue VALUES ('https://example.ir/خبر')");
    }
    db = Database.open(null, other);
    CommentStore store = new CommentStore(db);
    store.submit(ARTICLE, NAME, EMAIL, TEXT, "addr", T);
    assertThat(store.counts(ARTICLE)).isEqualTo(new CommentStore.Counts(0, 1));
    assertThat(migrations())
        .containsExactly("0 true", "1 true", "2 true", "3 true", "4 true", "5 true");
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      assertThat(s.executeQuery("SELECT count(*) FROM crawl_queue").getLong(1)).isEqualTo(1);
    }
  }
}
