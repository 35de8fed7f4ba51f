package ir.khabar.solr;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.search.SearchEngine;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The same articles in the embedded index and in a fresh 2 × 2 SolrCloud collection, closed
 * together.
 */
final class EnginePair implements AutoCloseable {
  interface Loader {
    IngestReport load(SearchEngine engine) throws Exception;
  }

  final LuceneSearchEngine embedded;
  final SolrSearchEngine solr;
  final IngestReport embeddedReport;
  final IngestReport solrReport;

  private EnginePair(
      LuceneSearchEngine embedded,
      IngestReport embeddedReport,
      SolrSearchEngine solr,
      IngestReport solrReport) {
    this.embedded = embedded;
    this.solr = solr;
    this.embeddedReport = embeddedReport;
    this.solrReport = solrReport;
  }

  /**
   * Loads both engines with the loader: the embedded one under {@code dir}, the other in {@code
   * collection}.
   */
  static EnginePair load(Path dir, String collection, Loader loader) throws Exception {
    LuceneSearchEngine embedded = LuceneSearchEngine.open(dir.resolve("index"));
    SolrSearchEngine solr = null;
    try {
      IngestReport e = loader.load(embedded);
      solr = SolrSearchEngine.connect(SolrClusterFixture.collection(collection));
      return new EnginePair(embedded, e, solr, loader.load(solr));
    } catch (Exception e) {
      embedded.close();
      if (solr != null) {
        solr.close();
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      embedded.close();
    } finally {
      solr.close();
    }
  }
}
