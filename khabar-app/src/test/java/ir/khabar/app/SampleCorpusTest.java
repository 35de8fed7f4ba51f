package ir.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.SampleCorpus;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus Khabar ships: every article stored, each with a known agency and a date. */
@Tag("integration")
class SampleCorpusTest {
  @TempDir Path dir;

  /** Every article in the index, read through the engine by the ids Lucene holds. */
  private static List<Article> all(LuceneSearchEngine engine, Path index) throws IOException {
    List<Article> out = new ArrayList<>();
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      StoredFields fields = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        out.add(engine.get(fields.document(i).get("id")).orElseThrow());
      }
    }
    return out;
  }

  @Test
  void storesTwentyFourDatedArticlesFromKnownSources() throws IOException {
    Path index = dir.resolve("index");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(index)) {
      IngestReport r = Ingest.sample(engine);
      assertThat(SampleCorpus.names()).hasSize(24);
      assertThat(r.rejections()).isEmpty();
      assertThat(r.files()).isEqualTo(24);
      assertThat(r.added()).isEqualTo(24);
      assertThat(engine.count()).isEqualTo(24);

      List<Article> articles = all(engine, index);
      assertThat(articles)
          .hasSize(24)
          .allSatisfy(
              a -> {
                assertThat(a.source().id()).as("source of %s", a.origin()).isNotEqualTo("unknown");
                assertThat(a.published()).as("published of %s", a.origin()).isNotNull();
                assertThat(a.origin()).startsWith("sample/");
                assertThat(a.title()).isNotBlank();
                assertThat(a.body()).isNotEmpty();
                assertThat(a.leadAndBody()).doesNotContain("انتهای پیام");
              });
      assertThat(articles.stream().map(a -> a.source().id()).distinct().count()).isGreaterThan(3);
    }
  }

  @Test
  void sampleIsSearchableAndIngestingItTwiceAddsNothing() throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      Ingest.sample(engine);
      assertThat(engine.search(SearchRequest.of("شلمچه بصره")).total()).isPositive();
      IngestReport again = Ingest.sample(engine);
      assertThat(again.added()).isZero();
      assertThat(again.duplicates()).isEqualTo(24);
      assertThat(engine.count()).isEqualTo(24);
    }
  }
}
