package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index of 10,005 articles (the sample's real Persian articles, each told many times under new
 * titles): an export stops at 10,000, newest first, each article once.
 */
@Tag("integration")
class ExportCapTest {
  private static final int ARTICLES = 10_005;
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    List<Article> sample;
    try (LuceneSearchEngine s = LuceneSearchEngine.open(dir.resolve("sample"))) {
      Ingest.sample(s);
      sample =
          s.matches(SearchRequest.browse().limit(100).build()).hits().stream()
              .map(Hit::article)
              .filter(a -> a.published() != null)
              .toList();
    }
    LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"));
    for (int i = 0; i < ARTICLES; i++) {
      Article a = sample.get(i % sample.size());
      engine.add(
          a.toBuilder()
              .id(String.format("%016x", i))
              .title(a.title() + " — " + i)
              .published(a.published().minusMinutes(i))
              .build());
    }
    engine.commit();
    site = TestSite.over(engine, dir, TestSite.options());
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Test
  void anExportStopsAtTenThousand() throws Exception {
    assertThat(site.engine.count()).isEqualTo(ARTICLES);
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                site.getRequest("/api/search?sort=newest&format=csv"),
                HttpResponse.BodyHandlers.ofByteArray());
    List<Map<String, String>> rows = ExportsAndTrendsSiteTest.csv(r.body());
    assertThat(rows).hasSize(10_000);
    Set<String> ids = new HashSet<>();
    OffsetDateTime previous = null;
    for (Map<String, String> row : rows) {
      assertThat(ids.add(row.get("id"))).as("each article once").isTrue();
      OffsetDateTime t = OffsetDateTime.parse(row.get("published"));
      assertThat(previous == null || !t.isAfter(previous)).as("newest first").isTrue();
      previous = t;
    }
    String jsonl = site.get("/api/search?sort=newest&format=jsonl&limit=20000").body();
    assertThat(jsonl.lines().count()).isEqualTo(10_000);
    assertThat(
            ArticleJson.MAPPER
                .readTree(jsonl.lines().findFirst().orElseThrow())
                .get("title")
                .asText())
        .contains(" — ");
  }
}
