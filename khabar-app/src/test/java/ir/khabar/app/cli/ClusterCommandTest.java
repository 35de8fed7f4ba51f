package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.search.VariantQueries;
import ir.khabar.testing.Required;
import ir.khabar.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out path as a user takes it: {@code khabar cluster} (in its own JVM, as the launcher
 * runs it) prints an engine address; the seeds are ingested through {@code --engine}; every
 * labelled spelling-variant query then gets, from SolrCloud, exactly the answer the embedded index
 * gives, and {@code show} prints the same articles.
 */
@Tag("solr")
class ClusterCommandTest {
  @TempDir Path dir;

  @Test
  void theSeedsThroughALocalClusterAnswerAsTheEmbeddedIndex() throws Exception {
    Path seeds = SharedData.seeds();
    Process cluster = startCluster();
    try {
      String engine = firstLine(cluster);
      assertThat(engine).matches("solr:127\\.0\\.0\\.1:\\d+/solr/khabar");
      Path data = dir.resolve("embedded");
      assertThat(Cli.run(new String[] {"ingest", "--engine", engine, seeds.toString()}).code())
          .isZero();
      assertThat(Cli.withData(data, "ingest", seeds.toString()).code()).isZero();

      List<String> differences = new ArrayList<>();
      for (VariantQueries.Case c : VariantQueries.all()) {
        JsonNode solr =
            Cli.run(new String[] {"search", "--json", "--engine", engine, c.query()}).json();
        JsonNode embedded = Cli.withData(data, "search", "--json", c.query()).json();
        if (!answer(solr).equals(answer(embedded))) {
          differences.add(c.query() + ": solr " + answer(solr) + " embedded " + answer(embedded));
        }
      }
      assertThat(differences).isEmpty();

      JsonNode hits =
          Cli.withData(data, "search", "--json", "--limit", "20", "ایران").json().get("hits");
      assertThat(hits.size()).isGreaterThan(2);
      for (JsonNode hit : hits) {
        String id = hit.get("id").asText();
        assertThat(stored(Cli.run(new String[] {"show", "--json", "--engine", engine, id})))
            .isEqualTo(stored(Cli.withData(data, "show", "--json", id)));
      }
    } finally {
      cluster.destroy();
      assertThat(cluster.waitFor(60, TimeUnit.SECONDS)).as("the cluster stops when asked").isTrue();
    }
  }

  private static String answer(JsonNode search) {
    List<String> ids = new ArrayList<>();
    search.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return search.get("total").asLong() + " " + ids;
  }

  /**
   * {@code khabar cluster} as the launcher starts it: khabar-solr's classpath, a JVM of its own.
   */
  private Process startCluster() throws Exception {
    Path target = Path.of("..", "khabar-solr", "target").toAbsolutePath().normalize();
    if (!Files.isRegularFile(target.resolve("khabar-solr.jar"))
        || !Files.isDirectory(target.resolve("lib"))) {
      String why = "khabar-solr is not packaged (" + target + "): run the whole build";
      Required.missing(why);
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-Xmx1g",
            "-cp",
            target.resolve("khabar-solr.jar") + ":" + target.resolve("lib") + "/*",
            "ir.khabar.solr.cluster.ClusterCommand",
            "--data",
            dir.resolve("cluster").toString())
        .redirectError(dir.resolve("cluster.log").toFile())
        .start();
  }

  private static String firstLine(Process p) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return null;
                  }
                })
            .get(180, TimeUnit.SECONDS);
    assertThat(line).as("the cluster's first line").isNotNull();
    return line;
  }

  /** The article as shown, without the time each engine first stored it (each ingested apart). */
  private static JsonNode stored(Cli.Result shown) throws Exception {
    JsonNode o = shown.json();
    ((ObjectNode) o).remove("seen");
    return o;
  }
}
