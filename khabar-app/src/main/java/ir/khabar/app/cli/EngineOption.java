package ir.khabar.app.cli;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.solr.SolrAddress;
import ir.khabar.solr.SolrSearchEngine;
import java.io.IOException;
import picocli.CommandLine.Option;

/** The --engine option: the embedded Lucene index under --data, or a SolrCloud collection. */
public final class EngineOption {
  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "embedded",
      description =
          "Where articles are indexed: embedded (Lucene under --data) or solr:ZKHOST/COLLECTION, "
              + "e.g. solr:zk1:2181,zk2:2181/solr/khabar (default: ${DEFAULT-VALUE}).")
  String engine;

  /** The engine, open for reading and writing. */
  public SearchEngine open(DataOption data) throws IOException {
    return isSolr() ? solr() : LuceneSearchEngine.open(data.index());
  }

  /** The engine for reading only: an embedded index must exist already. */
  public SearchEngine openForReading(DataOption data) throws IOException {
    return isSolr() ? solr() : LuceneSearchEngine.openReadOnly(data.index());
  }

  public boolean isSolr() {
    if (!SolrAddress.isSolr(engine) && !engine.equals("embedded")) {
      throw new IllegalArgumentException(
          "--engine: embedded or solr:ZKHOST/COLLECTION, not " + engine);
    }
    return SolrAddress.isSolr(engine);
  }

  private SearchEngine solr() throws IOException {
    return SolrSearchEngine.connect(SolrAddress.parse(engine));
  }
}
