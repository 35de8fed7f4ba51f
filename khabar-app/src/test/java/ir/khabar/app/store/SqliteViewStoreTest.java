package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** View counts on SQLite: khabar.db in a fresh data directory for each test. */
class SqliteViewStoreTest extends ViewStoreContract {
  @TempDir Path dir;

  @Override
  Database openNew() throws Exception {
    return Database.open(null, dir);
  }
}
