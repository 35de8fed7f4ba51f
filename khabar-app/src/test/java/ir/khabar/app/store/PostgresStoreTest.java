package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stores on a real PostgreSQL server, started once for the class; each test gets a database of
 * its own. Skipped when PostgreSQL is not installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresStoreTest extends StoreContract {
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
    // Per test rather than in @BeforeAll, so that each test is reported as skipped, with the
    // reason.
    PostgresServer.assumeAvailable();
    url = server.newDatabase();
    return Database.open(url);
  }

  @Override
  Database openAgain() {
    return Database.open(url);
  }

  @Test
  void opensTheServersDatabase() {
    assertThat(db.dialect()).isEqualTo(Database.Dialect.POSTGRESQL);
    try (Database main = Database.open(server.jdbcUrl())) {
      new Settings(main).putIfAbsent("نام", "خبر");
      assertThat(new Settings(main).get("نام")).hasValue("خبر");
    }
  }
}
