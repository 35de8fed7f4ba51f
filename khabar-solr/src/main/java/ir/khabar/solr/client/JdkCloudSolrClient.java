package ir.khabar.solr.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.util.ExecutorUtil;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SolrNamedThreadFactory;

/**
 * SolrJ's cloud client (cluster state from ZooKeeper, updates routed to shard leaders, reads spread
 * over live replicas, retries on stale state) talking HTTP through the JDK's HttpClient. SolrJ
 * 9.10's own cloud client is built on Jetty 10's, which would clash with the web server's Jetty 12.
 */
public final class JdkCloudSolrClient extends CloudSolrClient {
  private final ClusterStateProvider state;
  private final JdkLbClient lb;

  private JdkCloudSolrClient(ClusterStateProvider state) {
    super(true, true, false);
    this.state = state;
    this.lb = new JdkLbClient();
  }

  /** A client of the cluster whose state is kept in these ZooKeeper hosts (under the chroot). */
  public static JdkCloudSolrClient connect(List<String> zkHosts, Optional<String> chroot) {
    ZkClientClusterStateProvider zk =
        new ZkClientClusterStateProvider(zkHosts, chroot.orElse(null), false);
    zk.setZkConnectTimeout(15_000);
    zk.setZkClientTimeout(30_000);
    return new JdkCloudSolrClient(zk);
  }

  @Override
  protected LBSolrClient getLbClient() {
    return lb;
  }

  @Override
  public ClusterStateProvider getClusterStateProvider() {
    return state;
  }

  @Override
  public void close() throws IOException {
    try {
      state.close();
      lb.close();
    } finally {
      super.close();
    }
  }

  /** Load balancing over one JDK client per URL (a node or a replica), sharing one thread pool. */
  private static final class JdkLbClient extends LBSolrClient {
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
    private final ExecutorService executor =
        ExecutorUtil.newMDCAwareCachedThreadPool(new SolrNamedThreadFactory("khabar-solr"));

    JdkLbClient() {
      super(List.of());
    }

    private HttpJdkSolrClient client(String url) {
      return clients.computeIfAbsent(
          url,
          u ->
              new HttpJdkSolrClient.Builder(u)
                  .useHttp1_1(true)
                  .withExecutor(executor)
                  .withConnectionTimeout(5, TimeUnit.SECONDS)
                  .withRequestTimeout(120, TimeUnit.SECONDS)
                  .build());
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
      return client(baseUrl);
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
      return client(endpoint.getUrl());
    }

    @Override
    protected NamedList<Object> doRequest(String baseUrl, SolrRequest<?> request, String collection)
        throws SolrServerException, IOException {
      return client(baseUrl).request(request, collection);
    }

    @Override
    public void close() {
      clients
          .values()
          .forEach(
              c -> {
                try {
                  c.close();
                } catch (IOException e) {
                  // closing: nothing left to do with a client that fails to close
                }
              });
      // Not awaited: a request to a node that died can hold a thread until its timeout.
      executor.shutdownNow();
      super.close();
    }
  }
}
