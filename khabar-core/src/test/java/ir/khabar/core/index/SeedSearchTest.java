package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline and the Lucene engine over the five seeds, in a real index on disk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedSearchTest {
  @TempDir static Path dir;
  private LuceneSearchEngine engine;
  private IngestReport first;

  @BeforeAll
  void ingestSeeds() throws IOException {
    Path seeds = SharedData.seeds();
    engine = LuceneSearchEngine.open(dir.resolve("index"));
    first = Ingest.files(engine, List.of(seeds));
  }

  @AfterAll
  void close() throws IOException {
    if (engine != null) {
      engine.close();
    }
  }

  private SearchResult search(
      String query, boolean any, String source, LocalDate from, LocalDate to) throws IOException {
    return engine.search(
        SearchRequest.search(query).limit(20).anyTerm(any).source(source).days(from, to).build());
  }

  private SearchResult search(String query) throws IOException {
    return search(query, false, null, null, null);
  }

  /** The seed numbers ("000" … "004") of the hits. */
  private static Set<String> seeds(SearchResult r) {
    return r.hits().stream()
        .map(h -> Path.of(h.article().origin()).getFileName().toString().substring(0, 3))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void seedsAreFiveNewArticles() throws IOException {
    assertThat(first.files()).isEqualTo(5);
    assertThat(first.records()).isEqualTo(5);
    assertThat(first.added()).isEqualTo(5);
    assertThat(first.duplicates()).isZero();
    assertThat(first.rejections()).isEmpty();
    assertThat(first.summary())
        .isEqualTo("read 5 file(s), 5 record(s): 5 new, 0 duplicate, 0 rejected");
    assertThat(engine.count()).isEqualTo(5);
  }

  @Test
  void storedArticleKeepsItsFieldsAndIsFoundById() throws IOException {
    Hit hit = search("قرقیزستان").hits().get(0);
    Article a = engine.get(hit.article().id()).orElseThrow();
    assertThat(a.id()).matches("[0-9a-f]{16}");
    assertThat(a.origin()).isEqualTo(SharedData.seed("004").toString());
    assertThat(a.source().id()).isEqualTo("yjc");
    assertThat(a.title().replace("\u200c", ""))
        .as("understanding only restores half-spaces here")
        .isEqualTo("دیدار ظریف با همتای قرقیزستانیاش");
    assertThat(engine.get("0000000000000000")).isEmpty();
  }

  @Test
  void allTermsIsNarrowerThanAnyTerm() throws IOException {
    SearchResult all = search("ظریف قرقیزستان");
    SearchResult any = search("ظریف قرقیزستان", true, null, null, null);
    assertThat(seeds(all)).containsExactly("004");
    assertThat(all.total()).isEqualTo(1);
    assertThat(seeds(any)).contains("000", "004");
    assertThat(any.total()).isGreaterThanOrEqualTo(all.total()).isGreaterThanOrEqualTo(2);
    assertThat(any.hits().get(0).article().origin())
        .as("the article with both words ranks first")
        .contains("004_");
  }

  @Test
  void sourceFilterByPersianNameOrId() throws IOException {
    for (String source : List.of("صدا و سیما", "irib", "صداوسیما", "IRIB")) {
      SearchResult r = search("ایران", false, source, null, null);
      assertThat(seeds(r)).as("source %s", source).containsExactly("000", "001");
      assertThat(r.hits()).allSatisfy(h -> assertThat(h.article().source().id()).isEqualTo("irib"));
    }
    assertThat(seeds(search("ایران", false, "العالم", null, null))).containsExactly("003");
    assertThat(search("ایران", false, "خبرگزاری ناشناخته", null, null).total()).isZero();
  }

  @Test
  void dateFilterOnTehranDays() throws IOException {
    LocalDate azar26 = LocalDate.of(2025, 12, 17); // 1404-09-26
    assertThat(seeds(search("ایران", false, null, azar26, azar26))).containsExactly("003");
    assertThat(
            seeds(
                search(
                    "ایران", false, null, LocalDate.of(2025, 10, 22), LocalDate.of(2025, 10, 22))))
        .containsExactly("001");
    assertThat(seeds(search("ایران", false, null, LocalDate.of(2025, 10, 1), null)))
        .containsExactly("001", "003");
    assertThat(seeds(search("ایران", false, null, null, LocalDate.of(2025, 12, 16))))
        .containsExactly("001");
    assertThat(search("ایران", false, null, LocalDate.of(2025, 12, 18), null).total()).isZero();
  }

  @Test
  void snippetsMarkTheMatches() throws IOException {
    SearchResult r = search("نمایشگاه مجازی");
    assertThat(seeds(r)).containsExactly("000");
    assertThat(r.hits().get(0).snippet())
        .contains("<mark>")
        .contains("</mark>")
        .contains("نمایشگاه");
    assertThat(r.hits().get(0).score()).isPositive();
  }

  @Test
  void furnitureIsNotIndexed() throws IOException {
    assertThat(search("مسئولیتی ندارد").total()).isZero();
    assertThat(search("پربیننده").total()).isZero();
    assertThat(search("تیترآنلاین").total()).isZero();
    assertThat(search("Mohsen").total()).isZero();
    assertThat(search("سفرهارادولت").total()).isZero();
    assertThat(search("پیشنهادی").total()).isZero();
  }

  @Test
  void realProseIsIndexed() throws IOException {
    assertThat(seeds(search("افغانستان"))).containsExactly("004");
    assertThat(seeds(search("بلاروس"))).contains("002", "003");
    assertThat(seeds(search("\"کریدور شمال - جنوب\""))).containsExactly("003");
  }

  @Test
  void emptyQueryFindsNothing() throws IOException {
    assertThat(search("").total()).isZero();
    assertThat(search("   ").hits()).isEmpty();
  }
}
