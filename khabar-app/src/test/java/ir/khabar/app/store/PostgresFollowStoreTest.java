package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * The follow store on a real PostgreSQL server, a database per test; skipped when PostgreSQL is not
 * installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresFollowStoreTest extends FollowStoreContract {
  private static PostgresServer server;
  private String url;

  @BeforeAll
  static void startServer() throws Exception {
    if (PostgresServer.available()) {
      server = PostgresServer.start();
    }
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  Database openNew() {
    PostgresServer.assumeAvailable();
    url = server.newDatabase();
    return Database.open(url);
  }

  @Override
  Database openAgain() {
    return Database.open(url);
  }
}
