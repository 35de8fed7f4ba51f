package ir.khabar.solr.cluster;

import ir.khabar.solr.Configset;
import ir.khabar.solr.SolrAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud on this machine: an embedded ZooKeeper and {@code nodes} Solr nodes (Solr's own
 * MiniSolrCloudCluster), Khabar's configset uploaded and a collection of shards × replicas created.
 * For trying scale-out and for tests; a production cluster is deployed as docs/SCALING.md says.
 */
public final class LocalCluster implements AutoCloseable {
  private final MiniSolrCloudCluster solr;
  private final SolrAddress address;

  private LocalCluster(MiniSolrCloudCluster solr, SolrAddress address) {
    this.solr = solr;
    this.address = address;
  }

  /**
   * Starts the cluster in {@code dir} (which must be empty or absent) and waits until the
   * collection is active.
   */
  public static LocalCluster start(Path dir, int nodes, String collection, int shards, int replicas)
      throws Exception {
    return start(dir, nodes, collection, shards, replicas, null);
  }

  /**
   * The same, with {@code sharedLib} (when not null) as every node's lib folder, where a real node
   * finds plugin jars such as Khabar's analysis.
   */
  public static LocalCluster start(
      Path dir, int nodes, String collection, int shards, int replicas, Path sharedLib)
      throws Exception {
    Files.createDirectories(dir);
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", Files.createDirectories(dir.resolve("logs")).toString());
    }
    MiniSolrCloudCluster.Builder builder =
        new MiniSolrCloudCluster.Builder(nodes, dir)
            .addConfig(Configset.NAME, Configset.writeTo(dir.resolve("configset")));
    if (sharedLib != null) {
      builder.withSolrXml(
          MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst(
              "<solr>",
              "<solr>\n  <str name=\"sharedLib\">" + sharedLib.toAbsolutePath() + "</str>"));
    }
    MiniSolrCloudCluster solr = builder.build();
    try {
      Configset.createCollection(solr.getSolrClient(), collection, shards, replicas);
      solr.waitForActiveCollection(collection, 120, TimeUnit.SECONDS);
      return new LocalCluster(
          solr,
          SolrAddress.parse(
              SolrAddress.SCHEME + solr.getZkServer().getZkAddress() + "/" + collection));
    } catch (Exception e) {
      solr.shutdown();
      throw e;
    }
  }

  /** What to pass to {@code --engine}: {@code solr:ZKHOST/COLLECTION}. */
  public SolrAddress address() {
    return address;
  }

  /** Solr's cluster itself, for stopping and starting nodes. */
  public MiniSolrCloudCluster solr() {
    return solr;
  }

  @Override
  public void close() throws Exception {
    solr.shutdown();
  }
}
