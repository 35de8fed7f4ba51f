package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole corpora through the ingester into a real index: re-ingest, reopen, and the Fars News set.
 */
@Tag("integration")
class CorpusIngestTest {
  @TempDir Path dir;

  private static IngestReport ingest(LuceneSearchEngine engine, List<Path> paths)
      throws IOException {
    return Ingest.files(engine, paths);
  }

  private static Set<String> ids(LuceneSearchEngine engine, String query) throws IOException {
    SearchResult r = engine.search(SearchRequest.search(query).limit(50).anyTerm().build());
    return r.hits().stream().map(h -> h.article().id()).collect(Collectors.toSet());
  }

  @Test
  void seedsIngestedTwiceAreFiveDuplicatesTheSecondTime() throws IOException {
    Path seeds = SharedData.seeds();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      IngestReport first = ingest(engine, List.of(seeds));
      assertThat(first.added()).isEqualTo(5);
      IngestReport again = ingest(engine, List.of(seeds));
      assertThat(again.added()).isZero();
      assertThat(again.duplicates()).isEqualTo(5);
      assertThat(again.rejections()).isEmpty();
      assertThat(again.summary())
          .isEqualTo("read 5 file(s), 5 record(s): 0 new, 5 duplicate, 0 rejected");
      assertThat(engine.count()).isEqualTo(5);
    }
  }

  @Test
  void sameSeedsInOneBatchUnderTwoPathsAreDuplicates() throws IOException {
    Path seed = SharedData.seed("003");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      IngestReport r =
          ingest(engine, List.of(seed, seed.getParent().resolve(".").resolve(seed.getFileName())));
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.duplicates()).isEqualTo(1);
      assertThat(engine.count()).isEqualTo(1);
    }
  }

  @Test
  void indexSurvivesClosingAndReopening() throws IOException {
    Path seeds = SharedData.seeds();
    Set<String> before;
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      ingest(engine, List.of(seeds));
      before = ids(engine, "ایران");
    }
    assertThat(before).hasSize(5);
    try (LuceneSearchEngine readOnly = LuceneSearchEngine.openReadOnly(dir)) {
      assertThat(readOnly.count()).isEqualTo(5);
      assertThat(ids(readOnly, "ایران")).isEqualTo(before);
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      assertThat(ingest(engine, List.of(seeds)).duplicates()).isEqualTo(5);
      assertThat(engine.count()).isEqualTo(5);
    }
  }

  @Test
  void progressIsReportedOncePerFile() throws IOException {
    Path seeds = SharedData.seeds();
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger last = new AtomicInteger();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir);
        Pipeline pipeline = new Pipeline(engine)) {
      pipeline.run(
          Input.files(List.of(seeds)),
          done -> {
            calls.incrementAndGet();
            last.set(done);
          });
    }
    assertThat(calls.get()).isEqualTo(5);
    assertThat(last.get()).isEqualTo(5);
  }

  @Test
  void farsnewsCorpusCountsAddUp() throws IOException {
    List<Path> files = SharedData.farsnewsFiles();
    assertThat(files).hasSize(5);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      IngestReport r = ingest(engine, files);
      assertThat(r.files()).isEqualTo(5);
      assertThat(r.records()).isEqualTo(1500);
      assertThat(r.added() + r.duplicates() + r.rejections().size() + r.skipped().size())
          .isEqualTo(r.records());
      assertThat(r.skipped())
          .as("the photo items whose text is only \".\" or \"…\" and a title")
          .hasSize(12)
          .allSatisfy(s -> assertThat(s.kind()).isEqualTo(Skip.Kind.NO_TEXT));
      assertThat(r.duplicates())
          .as("the corpus repeats 9 links, and one text under two links")
          .isEqualTo(10);
      assertThat(r.rejections()).isEmpty();
      assertThat(engine.count()).isEqualTo(r.added());

      SearchResult fars =
          engine.search(SearchRequest.search("ایران").limit(5).source("fars").build());
      assertThat(fars.total()).isGreaterThan(100);
      Article a = fars.hits().get(0).article();
      assertThat(a.source().id()).isEqualTo("fars");
      assertThat(a.url()).startsWith("https://www.farsnews.ir/news/");
      assertThat(a.origin()).startsWith(SharedData.farsnews().toString()).endsWith(".json");

      IngestReport again = ingest(engine, files.subList(0, 1));
      assertThat(again.added()).isZero();
      assertThat(again.duplicates() + again.rejections().size() + again.skipped().size())
          .isEqualTo(300);
    }
  }
}
