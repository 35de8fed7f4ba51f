package ir.khabar.app.web;

import ir.khabar.app.store.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers' comments with {@code --db jdbc:postgresql://…} on a real PostgreSQL server that the test
 * starts (Debian's package); skipped when it is not installed, unless KHABAR_REQUIRE_ALL=1.
 */
@Tag("integration")
class PostgresCommentsTest extends CommentFlow {
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    if (PostgresServer.available()) {
      site =
          TestSite.overSample(dir, PostgresServer.sharedDatabase(), SqliteCommentsTest.options());
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
  TestSite site() {
    return site;
  }
}
