package ir.khabar.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/**
 * Khabar's configset (solrconfig.xml and the schema, shipped in this jar) and the collection made
 * from it. Its field types load Khabar's analysis by SPI name, so each Solr node needs the
 * khabar-persian jar (and icu4j) in its lib folder; see docs/SCALING.md.
 */
public final class Configset {
  public static final String NAME = "khabar";
  private static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");

  private Configset() {}

  /** Writes the configset's files into {@code dir}, ready for uploading to ZooKeeper. */
  public static Path writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String file : FILES) {
      try (InputStream in = Configset.class.getResourceAsStream("configset/" + file)) {
        if (in == null) {
          throw new IOException("the khabar-solr jar has no configset/" + file);
        }
        Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }

  /**
   * Creates a collection on the uploaded configset: {@code shards} shards of {@code replicas}
   * copies each.
   */
  public static void createCollection(
      SolrClient client, String collection, int shards, int replicas) throws IOException {
    try {
      CollectionAdminRequest.createCollection(collection, NAME, shards, replicas).process(client);
    } catch (SolrServerException e) {
      throw new IOException("could not create collection " + collection + ": " + e.getMessage(), e);
    }
  }
}
