package ir.khabar.solr.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./khabar cluster}: a local SolrCloud for trying Khabar's scale-out on one machine. The
 * first line on stdout is the engine address to give {@code --engine}; it runs until stopped. The
 * launcher runs it in a JVM of its own, on this module's classpath (Solr's nodes bring Jetty 10,
 * the web server Jetty 12).
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description =
        "Start a local SolrCloud (embedded ZooKeeper, N Solr nodes, Khabar's configset, a collection "
            + "of 2 shards x 2 replicas). Prints the engine address (solr:ZKHOST/COLLECTION) first; runs until stopped.")
public final class ClusterCommand implements Callable<Integer> {
  private static final String MARK = ".khabar-cluster";

  @Option(
      names = "--nodes",
      defaultValue = "2",
      paramLabel = "N",
      description = "Solr nodes (default ${DEFAULT-VALUE}).")
  int nodes;

  @Option(
      names = "--data",
      defaultValue = "khabar-cluster",
      paramLabel = "DIR",
      description =
          "Where ZooKeeper and the nodes keep their data; a previous local cluster there is wiped "
              + "(default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--collection", defaultValue = "khabar", paramLabel = "NAME")
  String collection;

  @Option(names = "--shards", defaultValue = "2", paramLabel = "N")
  int shards;

  @Option(names = "--replicas", defaultValue = "2", paramLabel = "N")
  int replicas;

  public static void main(String[] args) {
    System.setProperty("log4j2.configurationFile", "ir/khabar/solr/cluster/log4j2-cluster.xml");
    System.exit(new CommandLine(new ClusterCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (nodes < 1 || shards < 1 || replicas < 1) {
      System.err.println("khabar cluster: --nodes, --shards and --replicas must be at least 1");
      return 2;
    }
    prepare(data);
    System.err.printf(
        "khabar cluster: starting ZooKeeper and %d Solr node(s) in %s…%n", nodes, data);
    LocalCluster cluster =
        LocalCluster.start(data.toAbsolutePath(), nodes, collection, shards, replicas);
    System.out.println(cluster.address());
    System.out.flush();
    cluster
        .solr()
        .getJettySolrRunners()
        .forEach(j -> System.err.println("khabar cluster: node " + j.getBaseUrl()));
    System.err.printf(
        "khabar cluster: collection %s, %d shard(s) x %d replica(s); pass --engine %s; stop with Ctrl-C%n",
        collection, shards, replicas, cluster.address());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.close();
                  } catch (Exception e) {
                    System.err.println("khabar cluster: stopping: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /**
   * An absent or empty folder, or one a previous local cluster left (which is wiped): never other
   * files.
   */
  private static void prepare(Path dir) throws IOException {
    if (Files.isDirectory(dir) && Files.exists(dir.resolve(MARK))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    } else if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.findAny().isPresent()) {
          throw new CommandLine.ParameterException(
              new CommandLine(new ClusterCommand()),
              "--data "
                  + dir
                  + " holds files that are not a local cluster's; give an empty folder");
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(MARK),
        "a local SolrCloud started by ./khabar cluster; wiped on its next start\n");
  }
}
