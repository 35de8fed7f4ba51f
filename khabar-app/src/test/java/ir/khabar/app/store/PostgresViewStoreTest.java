package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import org.junit.jupiter.api.Tag;

/**
 * View counts on a real PostgreSQL server, a database per test; skipped when PostgreSQL is not
 * installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresViewStoreTest extends ViewStoreContract {
  @Override
  Database openNew() throws Exception {
    return Database.open(PostgresServer.sharedDatabase());
  }
}
