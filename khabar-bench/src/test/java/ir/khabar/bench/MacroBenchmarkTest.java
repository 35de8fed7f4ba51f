package ir.khabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small run of the macro benchmark on the sample corpus: it completes, reports every figure in
 * the JSON shape the issue fixes, and cleans up after itself. Speed itself is not asserted here: it
 * is measured by `./khabar bench` and written into docs/BENCHMARKS.md.
 */
@Tag("load")
class MacroBenchmarkTest {
  @TempDir Path work;

  @Test
  void aSmallRunReportsEveryFigureInTheAgreedShape() throws Exception {
    Path dir = work.resolve("bench");
    BenchReport report =
        MacroBenchmark.run(new MacroBenchmark.Options(400, null, dir, 30, 7), line -> {});
    JsonNode json = report.toJson();

    assertThat(fields(json)).containsExactly("docs", "khabar", "baseline", "pipeline");
    assertThat(json.get("docs").asInt()).isEqualTo(400);
    assertThat(fields(json.get("khabar")))
        .containsExactly(
            "indexDocsPerSec", "pipelineDocsPerSec", "queryP50Ms", "queryP99Ms", "heapMb");
    assertThat(fields(json.get("baseline")))
        .containsExactly("indexDocsPerSec", "queryP50Ms", "queryP99Ms");
    for (JsonNode engine : List.of(json.get("khabar"), json.get("baseline"))) {
      engine
          .fields()
          .forEachRemaining(f -> assertThat(f.getValue().asDouble()).as(f.getKey()).isPositive());
    }
    assertThat(report.khabar().queryP99Ms()).isGreaterThanOrEqualTo(report.khabar().queryP50Ms());
    JsonNode checkpoint = json.get("pipeline").get(0);
    assertThat(json.get("pipeline"))
        .as("one checkpoint below 10,000 articles: N itself")
        .hasSize(1);
    assertThat(checkpoint.get("articles").asInt()).isEqualTo(400);
    assertThat(fields(checkpoint))
        .containsExactly(
            "articles",
            "windowArticles",
            "docsPerSec",
            "overallDocsPerSec",
            "heapMb",
            "indexBytesPerArticle",
            "segments",
            "gcShare");
    checkpoint
        .fields()
        .forEachRemaining(
            f ->
                assertThat(f.getValue().asDouble())
                    .as(f.getKey())
                    .isGreaterThan(f.getKey().equals("gcShare") ? -1e-9 : 0));
    assertThat(checkpoint.get("gcShare").asDouble()).isLessThanOrEqualTo(1);
    assertThat(report.corpus()).isEqualTo("Khabar's sample corpus");
    assertThat(Files.exists(dir)).as("the benchmark deletes its indexes").isFalse();
  }

  @Test
  void checkpointsAreThePowersOfTenUpToTheRunAndTheRunItself() {
    assertThat(PipelineCheckpoints.sizes(400)).containsExactly(400);
    assertThat(PipelineCheckpoints.sizes(10_000)).containsExactly(10_000);
    assertThat(PipelineCheckpoints.sizes(250_000)).containsExactly(10_000, 100_000, 250_000);
    assertThat(PipelineCheckpoints.sizes(1_000_000)).containsExactly(10_000, 100_000, 1_000_000);
    assertThat(PipelineCheckpoints.window(400)).isEqualTo(400);
    assertThat(PipelineCheckpoints.window(10_000)).isEqualTo(8_000);
    assertThat(PipelineCheckpoints.window(1_000_000)).isEqualTo(100_000);
  }

  @Test
  void generatedArticlesAreStableAndRealistic() throws Exception {
    ArticleGenerator a = new ArticleGenerator(ArticlePool.load(null), 3);
    ArticleGenerator b = new ArticleGenerator(ArticlePool.load(null), 3);
    assertThat(a.article(17)).isEqualTo(b.article(17));
    assertThat(a.article(17)).isNotEqualTo(a.article(18));
    assertThat(a.article(5).body())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).containsPattern("[\u0600-\u06FF]"));
    assertThat(new String(a.record(5), StandardCharsets.UTF_8)).contains("\"published\"");
  }

  private static List<String> fields(JsonNode node) {
    return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false)
        .toList();
  }
}
