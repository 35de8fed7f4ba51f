package ir.khabar.app.web;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Readers' comments with the embedded default: SQLite's khabar.db under the data folder. */
class SqliteCommentsTest extends CommentFlow {
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.overSample(dir, null, options());
  }

  static WebServer.Options options() {
    return TestSite.options().withCommentLimit(5, Duration.ofMinutes(10)).withTrustProxy(true);
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Override
  TestSite site() {
    return site;
  }
}
