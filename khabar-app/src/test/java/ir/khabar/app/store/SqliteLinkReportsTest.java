package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Link reports in SQLite's khabar.db. */
class SqliteLinkReportsTest extends LinkReportsContract {
  @TempDir Path dir;

  @Override
  Database openNew() throws Exception {
    return Database.open(null, dir);
  }
}
