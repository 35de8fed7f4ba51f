package ir.khabar.solr.cluster;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;

/**
 * Run in a JVM whose classpath lacks khabar-persian and icu4j: a cluster whose nodes find Khabar's
 * analysis only in their lib folder, as docs/SCALING.md deploys it. Prints what it saw: DIR LIB.
 */
public final class LibFolderProbe {
  private LibFolderProbe() {}

  public static void main(String[] args) throws Exception {
    try {
      Class.forName("ir.khabar.persian.analysis.PersianFoldingCharFilterFactory");
      System.out.println("khabar-persian is on the classpath");
    } catch (ClassNotFoundException e) {
      System.out.println("khabar-persian is not on the classpath");
    }
    try (LocalCluster cluster =
        LocalCluster.start(Path.of(args[0]), 2, "lib", 2, 1, Path.of(args[1]))) {
      SolrClient solr = cluster.solr().getSolrClient();
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", "1");
      doc.addField("title", "گسترش همكاري\u200cهاي اقتصادي");
      solr.add("lib", doc);
      solr.commit("lib");
      // The reader's spelling, analysed by Solr itself with the query chain of the schema.
      long found =
          solr.query("lib", new SolrQuery("text:(همکاری اقتصادی)").setParam("q.op", "AND"))
              .getResults()
              .getNumFound();
      System.out.println("found " + found);
    }
    System.exit(0);
  }
}
