package ir.khabar.app.web;

import ir.khabar.app.store.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook follows with {@code --db jdbc:postgresql://…} on a real PostgreSQL server the test
 * starts; skipped when it is not installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresWebhookFollowTest extends WebhookFollowFlow {
  @TempDir static Path dir;
  private static FollowSite site;

  @BeforeAll
  static void start() throws Exception {
    if (PostgresServer.available()) {
      site = FollowSite.start(dir, PostgresServer.sharedDatabase(), FollowSite.settings());
    }
  }

  @BeforeEach
  void needsPostgres() {
    PostgresServer.assumeAvailable();
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  @Override
  FollowSite site() {
    return site;
  }
}
