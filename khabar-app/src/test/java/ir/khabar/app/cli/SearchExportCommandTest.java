package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `khabar search --format csv|jsonl` over the sample corpus: every match, not one page. */
@Tag("integration")
class SearchExportCommandTest {
  @TempDir static Path data;

  @BeforeAll
  static void ingest() throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data.resolve("index"))) {
      Ingest.sample(engine);
    }
  }

  @Test
  void csvAndJsonLinesHoldEveryMatch() throws Exception {
    Cli.Result json = Cli.withData(data, "search", "--json", "ایران");
    long total = json.json().get("total").asLong();
    assertThat(total).isGreaterThan(10);

    Cli.Result csv = Cli.withData(data, "search", "--format", "csv", "ایران");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out())
        .startsWith(
            "\uFEFFid,published,publishedJalali,source,title,url,story,people,countries\r\n");
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv.out().substring(1))) {
      rows = it.readAll();
    }
    assertThat(rows).hasSize((int) total);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("title")).containsPattern("\\p{InArabic}"));

    Cli.Result jsonl = Cli.withData(data, "search", "--format", "jsonl", "--limit", "5", "ایران");
    assertThat(jsonl.outLines()).hasSize(5);
    for (String line : jsonl.outLines()) {
      JsonNode n = ArticleJson.MAPPER.readTree(line);
      assertThat(n.get("countries").isArray()).isTrue();
    }
    assertThat(Cli.withData(data, "search", "--format", "xml", "ایران").code()).isNotZero();
  }
}
