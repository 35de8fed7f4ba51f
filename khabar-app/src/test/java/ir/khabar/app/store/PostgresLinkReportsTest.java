package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import org.junit.jupiter.api.Tag;

/**
 * Link reports on a real PostgreSQL server (V5's PostgreSQL migration). Skipped when PostgreSQL is
 * not installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresLinkReportsTest extends LinkReportsContract {

  @Override
  Database openNew() throws Exception {
    return Database.open(PostgresServer.sharedDatabase());
  }
}
