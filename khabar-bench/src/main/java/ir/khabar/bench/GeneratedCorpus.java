package ir.khabar.bench;

import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The benchmark's generated articles, for other benchmarks that need a filled index (the web load):
 * real paragraphs recombined, through the whole ingest pipeline.
 */
public final class GeneratedCorpus {
  private GeneratedCorpus() {}

  /**
   * Ingests {@code docs} generated articles drawn from {@code corpus} (or the sample corpus when
   * null).
   */
  public static IngestReport ingest(SearchEngine engine, Path corpus, int docs, long seed)
      throws IOException {
    ArticleGenerator generator = new ArticleGenerator(ArticlePool.load(corpus), seed);
    List<Input> inputs =
        IntStream.range(0, docs)
            .mapToObj(i -> new Input("generated/" + i + ".json", () -> generator.record(i)))
            .toList();
    try (Pipeline pipeline = new Pipeline(engine)) {
      return pipeline.run(inputs);
    }
  }
}
