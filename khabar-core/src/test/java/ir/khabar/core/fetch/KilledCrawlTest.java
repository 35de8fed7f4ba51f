package ir.khabar.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl killed with SIGKILL midway (in a process of its own) and started again stores every
 * article exactly once, and fetches again at most the pages of the batch it was killed in.
 */
@Tag("integration")
class KilledCrawlTest {
  private static final int PAGES = 40;
  @TempDir Path data;

  @Test
  void aKilledCrawlResumesAndStoresEveryArticleOnce() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 1; i <= PAGES; i++) {
      paths.add("/extra/" + i);
    }
    try (FixtureSite site = new FixtureSite(paths)) {
      Process child =
          new ProcessBuilder(
                  javaBin(),
                  "-cp",
                  classPath(),
                  CrawlMain.class.getName(),
                  data.toString(),
                  site.url("/feed.xml").toString(),
                  "120")
              .redirectErrorStream(true)
              .start();
      while (site.hits("/extra/20") == 0 && child.isAlive()) {
        Thread.sleep(20);
      }
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      int fetchedBeforeKill = (int) paths.stream().filter(p -> site.hits(p) > 0).count();
      assertThat(fetchedBeforeKill).as("killed midway").isBetween(20, PAGES - 1);

      CrawlMain.main(new String[] {data.toString(), site.url("/feed.xml").toString(), "10"});

      for (String p : paths) {
        assertThat(site.hits(p))
            .as("%s fetched at most twice (once more if killed in its batch)", p)
            .isBetween(1, 2);
      }
      long refetched = paths.stream().filter(p -> site.hits(p) == 2).count();
      assertThat(refetched).as("only the batch the kill interrupted").isLessThanOrEqualTo(8);
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"))) {
      assertThat(engine.count()).isEqualTo(PAGES);
      for (int i = 1; i <= PAGES; i++) {
        long found =
            engine
                .search(SearchRequest.search("\"گزارش شماره " + i + " درباره\"").limit(5).build())
                .total();
        assertThat(found).as("article %d stored exactly once", i).isEqualTo(1);
      }
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }
}
