package ir.khabar.solr.cluster;

import ir.khabar.solr.Configset;
import ir.khabar.solr.SolrAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SolrCloud on this machine: an embedded ZooKeeper and {@code nodes} Solr nodes (Solr's own
 * MiniSolrCloudCluster), Khabar's configset uploaded and a collection of shards × replicas created.
 * For trying scale-out and for tests; a production cluster is deployed as docs/SCALING.md says.
 */
public final class LocalCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);

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

  /**
   * Stops every node and ZooKeeper. A node whose web server does not finish its graceful stop in
   * time (one that was killed and restarted may hold a connection) is reported and left to stop:
   * Solr's shutdown has stopped ZooKeeper and the other nodes by then. Any other failure is thrown.
   */
  @Override
  public void close() throws Exception {
    try {
      solr.shutdown();
    } catch (Exception e) {
      if (!onlyStopTimeouts(e)) {
        throw e;
      }
      LOG.warn("a Solr node did not finish its graceful stop in time; the cluster is shut down");
    }
  }

  static boolean onlyStopTimeouts(Exception e) {
    Throwable[] causes = e.getSuppressed();
    return e.getCause() == null
        && causes.length > 0
        && Arrays.stream(causes).allMatch(c -> c instanceof TimeoutException);
  }
}
