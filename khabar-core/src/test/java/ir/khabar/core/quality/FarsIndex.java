package ir.khabar.core.quality;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One real index over the seeds and the Fars News corpus, ingested once per test run and shared by
 * the tests that compare what queries find; skipped (with SharedData's message) when ../shared is
 * absent.
 */
final class FarsIndex {
  private static LuceneSearchEngine engine;

  private FarsIndex() {}

  static synchronized SearchEngine engine() {
    if (engine == null) {
      List<Path> inputs = new ArrayList<>(SharedData.farsnewsFiles());
      inputs.add(SharedData.seeds());
      try {
        Path dir = Files.createTempDirectory("khabar-fars-index");
        dir.toFile().deleteOnExit();
        engine = LuceneSearchEngine.open(dir);
        Ingest.files(engine, inputs);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return engine;
  }

  /** The stories a query finds (every story, one hit each), all its words required. */
  static Set<String> stories(String query) {
    try {
      Set<String> out = new LinkedHashSet<>();
      for (Hit h : engine().search(SearchRequest.search(query).limit(2000).build()).hits()) {
        out.add(h.article().story());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
