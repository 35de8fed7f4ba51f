package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stores on a real PostgreSQL server, started once for the class; each test gets a database of
 * its own. Skipped when PostgreSQL is not installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresStoreTest extends StoreContract {
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

  @Test
  void opensADatabaseOnTheServer() throws Exception {
    assertThat(db.dialect()).isEqualTo(Database.Dialect.POSTGRESQL);
    try (Database main = Database.open(PostgresServer.sharedDatabase())) {
      new Settings(main).putIfAbsent("نام", "خبر");
      assertThat(new Settings(main).get("نام")).hasValue("خبر");
    }
  }
}
