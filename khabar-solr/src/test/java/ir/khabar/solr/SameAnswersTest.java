package ir.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.VariantQueries;
import ir.khabar.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds in the embedded index and in a 2-shard × 2-replica SolrCloud collection: every labelled
 * spelling-variant query gets the same hits from both, in the same order where scores differ
 * clearly.
 */
@Tag("solr")
class SameAnswersTest {
  @TempDir static Path data;
  static EnginePair engines;
  static LuceneSearchEngine embedded;
  static SolrSearchEngine solr;

  @BeforeAll
  static void ingest() throws Exception {
    Path seeds = SharedData.seeds();
    engines = EnginePair.load(data, "seeds", e -> Ingest.files(e, List.of(seeds)));
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
  void spellingVariantsFindTheSameSeeds() throws Exception {
    assertThat(solr.count()).isEqualTo(embedded.count()).isPositive();
    List<String> differences = new ArrayList<>();
    int answered = 0;
    int exact = 0;
    for (VariantQueries.Case c : VariantQueries.all()) {
      SearchRequest r = SearchRequest.search(c.query()).limit(20).build();
      SearchResult fromSolr = solr.search(r);
      String difference = difference(r, embedded.search(r), fromSolr);
      if (difference != null) {
        differences.add("«" + c.query() + "» " + difference);
      }
      answered += fromSolr.hits().isEmpty() ? 0 : 1;
      exact += VariantQueries.seedsFound(solr, c.query()).equals(c.expected()) ? 1 : 0;
    }
    System.out.printf(
        "SolrCloud: %d variant queries with hits, %d answered exactly%n", answered, exact);
    assertThat(differences).isEmpty();
    assertThat(answered).isGreaterThanOrEqualTo(50);
    assertThat(exact).isGreaterThanOrEqualTo(57);
  }

  /**
   * Phrases with stopwords inside, at either end, across a half-space, and sloppy: the same
   * answers.
   */
  @Test
  void phrasesGetTheSameAnswers() throws Exception {
    List<String> differences = new ArrayList<>();
    for (String phrase :
        List.of(
            "\"ایران و روسیه\"",
            "\"سفیر ایران در روسیه\"",
            "\"با اشاره به دیدار\"",
            "\"وزیر جهاد کشاورزی در روسیه را\"",
            "«از هم\u200cافزایی و همکاری به عنوان»",
            "\"حمل و نقل بین المللی\"",
            "\"رفت و آمد هیأت\u200cهای مختلف ایران و روسیه\"",
            "\"همکاری نزدیک با روسیه می\u200cتواند\"",
            "\"مذاکرات پوتین\"~3",
            "\"ایران و پوتین\"",
            "\"از این\"",
            "\"رؤسای جمهور\" روسیه")) {
      SearchRequest r = SearchRequest.search(phrase).limit(20).build();
      SearchResult fromSolr = solr.search(r);
      SearchResult fromEmbedded = embedded.search(r);
      String difference = difference(r, fromEmbedded, fromSolr);
      if (difference != null || !fromSolr.understood().equals(fromEmbedded.understood())) {
        differences.add("«" + phrase + "» " + difference + " " + fromSolr.understood());
      }
    }
    assertThat(differences).isEmpty();
    SearchResult both = solr.search(SearchRequest.search("\"ایران و روسیه\"").limit(20).build());
    assertThat(both.hits())
        .extracting(h -> Path.of(h.article().origin()).getFileName().toString().substring(0, 3))
        .contains("003");
    assertThat(both.hits())
        .allSatisfy(h -> assertThat(h.snippet()).contains("<mark>ایران و روسیه</mark>"));
  }

  /**
   * Operators, fields, prefixes (expanded over each engine's own terms), malformed and very long
   * queries.
   */
  @Test
  void operatorQueriesGetTheSameAnswers() throws Exception {
    String longQuery = String.join(" ", Collections.nCopies(400, "ایران روسیه همکاری"));
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (String q :
        List.of(
            "ایران AND روسیه",
            "ایران OR افغانستان",
            "ایران -پوتین",
            "ایران NOT پوتین",
            "(پوتین OR افغانستان) ایران",
            "title:ایران",
            "title:\"سفیر ایران\"",
            "روس*",
            "ایرا* -پوتین",
            "title:روس*",
            "source:العالم ایران",
            "source:alalam OR افغانستان",
            "+ایران روسیه",
            "«ایران و روسیه» OR ظریف",
            "\"مذاکرات پوتین\"~3 -افغانستان",
            "-ایران",
            "\"ایران",
            "ایران AND",
            "*",
            "title:",
            "ر*",
            longQuery)) {
      for (boolean any : new boolean[] {false, true}) {
        SearchRequest r = SearchRequest.search(q).limit(20).anyTerm(any).build();
        SearchResult fromSolr = solr.search(r);
        SearchResult fromEmbedded = embedded.search(r);
        String difference = difference(r, fromEmbedded, fromSolr);
        checked++;
        if (difference != null || !fromSolr.understood().equals(fromEmbedded.understood())) {
          differences.add(
              "«"
                  + q.substring(0, Math.min(60, q.length()))
                  + "» any="
                  + any
                  + " "
                  + difference
                  + " "
                  + fromSolr.understood()
                  + " / "
                  + fromEmbedded.understood());
        }
      }
    }
    System.out.printf(
        "SolrCloud: %d of %d operator queries answered as the embedded engine answers them%n",
        checked - differences.size(), checked);
    assertThat(differences).isEmpty();
    assertThat(solr.search(SearchRequest.of("روس*")).understood()).startsWith("روس* (");
    assertThat(solr.search(SearchRequest.of("ایران -پوتین")).total())
        .isPositive()
        .isLessThan(solr.search(SearchRequest.of("ایران")).total());
  }

  /**
   * Null when both answers have the same total and the same hits, in the same order wherever the
   * embedded engine's order is clear: a newer article (when sorted by date) or a clearly higher
   * score. Hits tied with the last one shown may differ, as ties at a page's end are cut
   * arbitrarily.
   */
  static String difference(SearchRequest request, SearchResult expected, SearchResult actual) {
    boolean byDate = request.sort() == SearchRequest.Sort.NEWEST;
    List<Hit> e = expected.hits();
    List<Hit> a = actual.hits();
    String both =
        "embedded "
            + expected.total()
            + " "
            + scores(e)
            + " solr "
            + actual.total()
            + " "
            + scores(a);
    if (!Objects.equals(expected.suggestion(), actual.suggestion())) {
      return "suggestion: embedded " + expected.suggestion() + " solr " + actual.suggestion();
    }
    if (expected.total() != actual.total() || e.size() != a.size()) {
      return both;
    }
    for (Hit h : e) {
      if (!ids(a).contains(h.article().id()) && !tiedWithLast(h, e, byDate)) {
        return "hits: " + both;
      }
    }
    List<String> order = ids(a);
    for (int i = 0; i < e.size(); i++) {
      for (int j = i + 1; j < e.size(); j++) {
        if (clearlyBefore(e.get(i), e.get(j), byDate)
            && order.contains(e.get(i).article().id())
            && order.indexOf(e.get(i).article().id()) > order.indexOf(e.get(j).article().id())
            && order.contains(e.get(j).article().id())) {
          return "order: " + both;
        }
      }
    }
    return null;
  }

  private static boolean tiedWithLast(Hit h, List<Hit> hits, boolean byDate) {
    return !clearlyBefore(h, hits.get(hits.size() - 1), byDate);
  }

  /**
   * Whether x must come before y: newer when sorted by date (then by score), else a clearly higher
   * score.
   */
  private static boolean clearlyBefore(Hit x, Hit y, boolean byDate) {
    long px =
        x.article().published() == null
            ? Long.MIN_VALUE
            : x.article().published().toInstant().toEpochMilli();
    long py =
        y.article().published() == null
            ? Long.MIN_VALUE
            : y.article().published().toInstant().toEpochMilli();
    if (byDate && px != py) {
      return px > py;
    }
    return x.score() > y.score() * 1.05f;
  }

  static List<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.article().id()).toList();
  }

  static List<String> scores(List<Hit> hits) {
    return hits.stream().map(h -> h.article().id() + "=" + h.score()).toList();
  }
}
