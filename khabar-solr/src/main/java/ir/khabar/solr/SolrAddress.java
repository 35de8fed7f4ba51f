package ir.khabar.solr;

import java.util.List;
import java.util.Optional;

/**
 * Where a Khabar collection lives: {@code solr:ZKHOST/COLLECTION}, where ZKHOST is the ZooKeeper
 * ensemble ({@code zk1:2181,zk2:2181}) with an optional chroot ({@code zk1:2181/solr}) and the last
 * path segment names the collection.
 */
public record SolrAddress(List<String> zkHosts, Optional<String> chroot, String collection) {
  public static final String SCHEME = "solr:";

  public SolrAddress {
    zkHosts = List.copyOf(zkHosts);
    if (zkHosts.isEmpty() || collection.isBlank()) {
      throw new IllegalArgumentException("a Solr engine needs ZooKeeper hosts and a collection");
    }
  }

  /** Whether an --engine value names SolrCloud. */
  public static boolean isSolr(String engine) {
    return engine != null && engine.startsWith(SCHEME);
  }

  public static SolrAddress parse(String engine) {
    if (!isSolr(engine)) {
      throw new IllegalArgumentException(
          "not a Solr engine address (solr:ZKHOST/COLLECTION): " + engine);
    }
    String rest = engine.substring(SCHEME.length());
    int firstSlash = rest.indexOf('/');
    int lastSlash = rest.lastIndexOf('/');
    if (firstSlash < 0 || lastSlash == rest.length() - 1) {
      throw new IllegalArgumentException(
          "no collection in " + engine + " (solr:ZKHOST/COLLECTION)");
    }
    List<String> hosts = List.of(rest.substring(0, firstSlash).split(","));
    String chroot = rest.substring(firstSlash, lastSlash);
    return new SolrAddress(
        hosts,
        chroot.isEmpty() ? Optional.empty() : Optional.of(chroot),
        rest.substring(lastSlash + 1));
  }

  /** The ZooKeeper connect string with its chroot. */
  public String zkHost() {
    return String.join(",", zkHosts) + chroot.orElse("");
  }

  @Override
  public String toString() {
    return SCHEME + zkHost() + "/" + collection;
  }
}
