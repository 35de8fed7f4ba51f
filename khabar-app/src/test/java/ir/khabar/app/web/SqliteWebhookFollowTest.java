package ir.khabar.app.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** Webhook follows with SQLite's khabar.db under the data folder. */
@Tag("integration")
class SqliteWebhookFollowTest extends WebhookFollowFlow {
  @TempDir static Path dir;
  private static FollowSite site;

  @BeforeAll
  static void start() throws Exception {
    site = FollowSite.start(dir, null, FollowSite.settings());
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Override
  FollowSite site() {
    return site;
  }
}
