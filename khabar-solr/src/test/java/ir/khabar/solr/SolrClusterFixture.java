package ir.khabar.solr;

import ir.khabar.solr.cluster.LocalCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** One real two-node SolrCloud for all the tests of a JVM, started on first use. */
final class SolrClusterFixture {
  private static LocalCluster cluster;

  private SolrClusterFixture() {}

  static synchronized LocalCluster cluster() throws Exception {
    if (cluster == null) {
      Path dir = Files.createTempDirectory("khabar-solrcloud");
      cluster = LocalCluster.start(dir, 2, "khabar", 2, 2);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      cluster.close();
                    } catch (Exception e) {
                      // the JVM is ending
                    }
                  }));
    }
    return cluster;
  }

  /** A fresh collection of 2 shards × 2 replicas on the cluster. */
  static SolrAddress collection(String name) throws Exception {
    LocalCluster c = cluster();
    Configset.createCollection(c.solr().getSolrClient(), name, 2, 2);
    c.solr().waitForActiveCollection(name, 120, TimeUnit.SECONDS);
    return SolrAddress.parse(
        SolrAddress.SCHEME + c.solr().getZkServer().getZkAddress() + "/" + name);
  }
}
