package ir.khabar.solr.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Closing a local cluster: a node's graceful stop that times out (as Solr reports it, a shutdown
 * error with the timeouts suppressed) is no failure; any other error is.
 */
class LocalClusterStopTest {
  @Test
  void onlyAGracefulStopTimingOutIsForgiven() {
    Exception timedOut = new Exception("Error shutting down MiniSolrCloudCluster");
    timedOut.addSuppressed(new TimeoutException());
    assertThat(LocalCluster.onlyStopTimeouts(timedOut)).isTrue();

    Exception mixed = new Exception("Error shutting down MiniSolrCloudCluster");
    mixed.addSuppressed(new TimeoutException());
    mixed.addSuppressed(new IOException("disk full"));
    assertThat(LocalCluster.onlyStopTimeouts(mixed)).isFalse();

    assertThat(LocalCluster.onlyStopTimeouts(new Exception("zk", new IOException()))).isFalse();
    assertThat(LocalCluster.onlyStopTimeouts(new Exception("no detail"))).isFalse();
  }
}
