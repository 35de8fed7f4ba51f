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

    assertThat(fields(json)).containsExactly("docs", "khabar", "baseline");
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
    assertThat(report.corpus()).isEqualTo("Khabar's sample corpus");
    assertThat(Files.exists(dir)).as("the benchmark deletes its indexes").isFalse();
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
