package ir.khabar.core.fetch;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Pipeline;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A crawl in a process of its own, for the test that kills it: DATA-DIR FEED-URL DELAY-MS. */
public final class CrawlMain {
  private CrawlMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    FetchPolicy policy =
        FetchPolicy.standard().withDelay(Duration.ofMillis(Long.parseLong(args[2])));
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"));
        Pipeline pipeline = new Pipeline(engine);
        CrawlState state = CrawlState.open(data.resolve("khabar.db"));
        WarcArchive archive = new WarcArchive(data.resolve("raw"))) {
      System.out.println(
          new Crawler(pipeline, new Fetcher(policy), state, archive)
              .crawl(List.of(URI.create(args[1])))
              .summary());
    }
  }
}
