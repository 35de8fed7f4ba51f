package ir.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 600 Fars News records (Arabic kaf and yeh, spaced and joined verbs) in the embedded index and in
 * a 2 × 2 SolrCloud collection: queries made from their headlines, as printed and in standard
 * Persian letters, as phrases, ranked by any term and sorted by date, get the same hits from both
 * engines.
 */
@Tag("solr")
class FarsNewsSameAnswersTest {
  @TempDir static Path data;
  static EnginePair engines;
  static LuceneSearchEngine embedded;
  static SolrSearchEngine solr;

  @BeforeAll
  static void ingest() throws Exception {
    List<Path> files =
        List.of(
            SharedData.farsnews().resolve("fars-news-1.json"),
            SharedData.farsnews().resolve("fars-news-2.json"));
    engines = EnginePair.load(data, "farsnews", e -> Ingest.files(e, files));
    embedded = engines.embedded;
    solr = engines.solr;
  }

  @AfterAll
  static void close() throws Exception {
    if (engines != null) {
      engines.close();
    }
  }

  @Test
  void ingestCountsTheSame() throws Exception {
    assertThat(engines.solrReport.added())
        .isEqualTo(engines.embeddedReport.added())
        .isGreaterThan(500);
    assertThat(engines.solrReport.duplicates()).isEqualTo(engines.embeddedReport.duplicates());
    assertThat(solr.count()).isEqualTo(embedded.count());
  }

  @Test
  void headlineQueriesGetTheSameHits() throws Exception {
    List<String> differences = new ArrayList<>();
    int withHits = 0;
    List<SearchRequest> requests = requests();
    for (SearchRequest r : requests) {
      SearchResult expected = embedded.search(r);
      String difference = SameAnswersTest.difference(r, expected, solr.search(r));
      if (difference != null) {
        differences.add("«" + r.query() + "» " + r.anyTerm() + " " + r.sort() + ": " + difference);
      }
      withHits += expected.hits().isEmpty() ? 0 : 1;
    }
    System.out.printf(
        "Fars News: %d queries, %d with hits, %d differ%n",
        requests.size(), withHits, differences.size());
    differences.forEach(d -> System.out.println("  " + d));
    assertThat(withHits).isGreaterThan(requests.size() * 3 / 4);
    assertThat(differences).isEmpty();
  }

  @Test
  void typosLatinNamesAndBrowsingGetTheSameAnswers() throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (String q :
        List.of(
            "تحرم",
            "پوتن",
            "مزاکره",
            "اقتساد",
            "مجلص",
            "غیمت",
            "فوتبل",
            "دانشگا",
            "صیاست",
            "اسفهان",
            "Tehran",
            "Russia",
            "zarif",
            "Khamenei",
            "Hezbollah",
            "sanctions Iran Russia",
            "OPEC")) {
      requests.add(SearchRequest.of(q));
    }
    requests.add(
        new SearchRequest(
            "", 10, 0, false, null, null, null, null, new EntityFilter(null, "روسیه", null)));
    requests.add(
        new SearchRequest(
            "",
            10,
            0,
            false,
            null,
            null,
            null,
            null,
            new EntityFilter("خامنه\u200cای", null, null)));
    List<String> differences = new ArrayList<>();
    int suggested = 0;
    int browsed = 0;
    for (SearchRequest r : requests) {
      SearchResult expected = embedded.search(r);
      String difference = SameAnswersTest.difference(r, expected, solr.search(r));
      if (difference != null) {
        differences.add("«" + r.query() + "» " + r.entities() + ": " + difference);
      }
      suggested += expected.suggestion() != null ? 1 : 0;
      browsed += r.query().isEmpty() && expected.total() > 0 ? 1 : 0;
    }
    differences.forEach(d -> System.out.println("  " + d));
    assertThat(suggested).isGreaterThanOrEqualTo(8);
    assertThat(browsed).isEqualTo(2);
    assertThat(differences).isEmpty();
  }

  /**
   * From the first headlines: two words as printed, in Persian letters, a quoted pair, three words
   * ranked by any.
   */
  private static List<SearchRequest> requests() throws Exception {
    Set<SearchRequest> out = new LinkedHashSet<>();
    int headlines = 0;
    for (var hit : embedded.browse(SearchRequest.browse().limit(60).build()).hits()) {
      String[] w = hit.article().title().split("\\s+");
      if (w.length < 4) {
        continue;
      }
      headlines++;
      String two = w[0] + " " + w[1];
      out.add(SearchRequest.search(two).build());
      out.add(SearchRequest.search(persianLetters(two)).newestFirst().build());
      out.add(SearchRequest.search("«" + w[1] + " " + w[2] + "»").build());
      out.add(SearchRequest.search(w[0] + " " + w[2] + " " + w[3]).anyTerm().build());
    }
    assertThat(headlines).isGreaterThan(30);
    return new ArrayList<>(out);
  }

  private static String persianLetters(String s) {
    return s.replace('ك', 'ک').replace('ي', 'ی');
  }
}
