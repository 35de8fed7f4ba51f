package ir.khabar.core.ingest;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A manual harness (not a test): times ingesting a folder into a fresh index, {@code runs} times.
 */
public final class IngestTiming {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int i = 0; i < runs; i++) {
      Path dir = Files.createTempDirectory("khabar-timing");
      long start = System.nanoTime();
      try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
        String summary = Ingest.files(engine, List.of(corpus)).summary();
        System.out.printf("run %d: %.2f s  %s%n", i, (System.nanoTime() - start) / 1e9, summary);
      }
    }
  }
}
