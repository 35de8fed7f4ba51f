package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The follow store on SQLite: khabar.db in a fresh data directory for each test. */
class SqliteFollowStoreTest extends FollowStoreContract {
  @TempDir Path dir;

  @Override
  Database openNew() throws Exception {
    return Database.open(null, dir);
  }

  @Override
  Database openAgain() throws Exception {
    return Database.open(null, dir);
  }
}
