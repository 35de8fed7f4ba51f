package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import org.junit.jupiter.api.Tag;

/**
 * The follow store on a real PostgreSQL server, a database per test; skipped when PostgreSQL is not
 * installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresFollowStoreTest extends FollowStoreContract {
  private String url;

  @Override
  Database openNew() throws Exception {
    url = PostgresServer.sharedDatabase();
    return Database.open(url);
  }

  @Override
  Database openAgain() {
    return Database.open(url);
  }
}
