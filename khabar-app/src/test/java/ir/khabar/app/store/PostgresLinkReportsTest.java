package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * Link reports on a real PostgreSQL server (V5's PostgreSQL migration). Skipped when PostgreSQL is
 * not installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresLinkReportsTest extends LinkReportsContract {
  private static PostgresServer server;

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
    return Database.open(server.newDatabase());
  }
}
