package ir.khabar.core.pipeline;

import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.SampleCorpus;
import ir.khabar.core.search.SearchEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * For tests: files and folders through a pipeline of their own into {@code engine}, as `khabar
 * ingest` does.
 */
public final class Ingest {
  private Ingest() {}

  public static IngestReport files(SearchEngine engine, List<Path> paths) throws IOException {
    try (Pipeline pipeline = new Pipeline(engine)) {
      return pipeline.run(Input.files(paths));
    }
  }

  /** The bundled sample corpus, as `khabar serve` ingests it on first start. */
  public static IngestReport sample(SearchEngine engine) throws IOException {
    try (Pipeline pipeline = new Pipeline(engine)) {
      return pipeline.run(SampleCorpus.inputs());
    }
  }
}
