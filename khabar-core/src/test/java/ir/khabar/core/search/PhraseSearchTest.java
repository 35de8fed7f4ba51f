package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.engine.Snippets;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases as readers copy them from articles, written for the project from the sample corpus and
 * the seeds: stopwords (و، در، از، به، با، که، را) inside, at the start and at the end; across a
 * half-space written with ZWNJ, a space or nothing; sloppy phrases; snippets marking the whole
 * phrase; and what "searched as" shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class PhraseSearchTest {
  @TempDir static Path dir;
  private LuceneSearchEngine sample;
  private LuceneSearchEngine seeds;

  @BeforeAll
  void ingest() throws IOException {
    sample = LuceneSearchEngine.open(dir.resolve("sample"));
    Ingest.sample(sample);
  }

  @AfterAll
  void close() throws IOException {
    if (sample != null) {
      sample.close();
    }
    if (seeds != null) {
      seeds.close();
    }
  }

  private LuceneSearchEngine seeds() throws IOException {
    Path folder = SharedData.seeds();
    if (seeds == null) {
      seeds = LuceneSearchEngine.open(dir.resolve("seeds"));
      Ingest.files(seeds, List.of(folder));
    }
    return seeds;
  }

  private static SearchResult search(LuceneSearchEngine engine, String query) throws IOException {
    return engine.search(SearchRequest.search(query).limit(30).build());
  }

  /** The sample pages ("04", "13", …) of the hits. */
  private Set<String> samples(String query) throws IOException {
    return search(sample, query).hits().stream()
        .map(h -> Path.of(h.article().origin()).getFileName().toString().substring(0, 2))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The seeds ("000" … "004") of the hits. */
  private Set<String> seeds(String query) throws IOException {
    return search(seeds(), query).hits().stream()
        .map(h -> Path.of(h.article().origin()).getFileName().toString().substring(0, 3))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void stopwordsInsideAPhraseMatchTheTextAsWritten() throws IOException {
    assertThat(samples("\"ایران و روسیه\"")).contains("04");
    assertThat(samples("\"نگرانی درباره آینده کشاورزی منطقه\"")).containsExactly("13");
    assertThat(samples("\"حجم ذخیره فعلی سد زاینده\u200cرود\"")).containsExactly("13");
    assertThat(samples("\"از افزایش ۱۸ درصدی مبادلات تجاری ایران و روسیه در نه ماه\""))
        .containsExactly("04");
    assertThat(samples("\"رهاسازی آب به صورت نوبتی و با نظارت کامل\"")).containsExactly("13");
  }

  @Test
  void stopwordsAtTheStartAndTheEnd() throws IOException {
    assertThat(samples("\"به معنای از دست رفتن فصل کشت\"")).containsExactly("13");
    assertThat(samples("\"نیاز به ارزهای واسط را\"")).containsExactly("04");
    assertThat(samples("«در نشست هم\u200cاندیشی فعالان اقتصادی»")).containsExactly("04");
    assertThat(samples("\"که نسبت به سال گذشته ۱۵ درصد کمتر است\"")).containsExactly("13");
  }

  @Test
  void halfSpaceInsideAPhraseInAnySpelling() throws IOException {
    for (String spelling : List.of("گفت\u200cوگو", "گفت و گو", "گفتوگو")) {
      assertThat(samples("\"در " + spelling + " با ایسنا\"")).as(spelling).contains("13");
    }
    for (String spelling : List.of("می\u200cشود", "می شود", "میشود")) {
      assertThat(samples("\"با ریال و روبل تسویه " + spelling + "\""))
          .as(spelling)
          .containsExactly("04");
    }
    for (String spelling : List.of("بین\u200cالمللی", "بین المللی", "بینالمللی")) {
      assertThat(samples("\"کریدور " + spelling + " شمال - جنوب را\""))
          .as(spelling)
          .containsExactly("04");
    }
  }

  @Test
  void wordsApartOrInAnotherOrderAreNotThePhrase() throws IOException {
    assertThat(samples("ریال روبل")).contains("04");
    assertThat(samples("\"ریال روبل\"")).doesNotContain("04");
    assertThat(samples("\"روبل و ریال\"")).doesNotContain("04");
    assertThat(samples("\"رئیس سازمان کشاورزی\"")).doesNotContain("04");
  }

  @Test
  void sloppyPhrasesAllowWordsBetweenAndAnotherOrder() throws IOException {
    assertThat(samples("\"مبادلات روسیه\"")).doesNotContain("04");
    assertThat(samples("\"مبادلات روسیه\"~3")).contains("04");
    assertThat(samples("\"روسیه مبادلات\"~3")).contains("04");
    assertThat(samples("\"مبادلات روسیه\"~1")).doesNotContain("04");
  }

  @Test
  void snippetsMarkTheWholePhraseStopwordsIncluded() throws IOException {
    SearchResult r = search(sample, "\"ایران و روسیه\"");
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().get(0).snippet()).contains("<mark>ایران و روسیه</mark>");
    SearchResult across = search(sample, "\"در گفت و گو با ایسنا\"");
    assertThat(across.hits().get(0).snippet())
        .as("a stopword at either end of a phrase is not marked")
        .contains("در <mark>گفت\u200cوگو با ایسنا</mark> گفت");
    assertThat(search(sample, "ریال روبل").hits().get(0).snippet())
        .as("words apart are marked apart")
        .contains("<mark>ریال</mark>")
        .doesNotContain("<mark>ریال و روبل</mark>");
  }

  @Test
  void marksOfAnotherHighlighterAreJoinedByPhrase() {
    Query phrase =
        new SpanNearQuery(
            new SpanQuery[] {
              new SpanTermQuery(new Term("text", "ایران")),
              new SpanTermQuery(new Term("text", "روسیه"))
            },
            1,
            true);
    String solr =
        "تجارت <mark>ایران</mark> و <mark>روسیه</mark> با <mark>ریال</mark> و <mark>روبل</mark>";
    assertThat(Snippets.joinPhraseMarks(solr, phrase, KhabarAnalyzer.forQuery()))
        .isEqualTo("تجارت <mark>ایران و روسیه</mark> با <mark>ریال</mark> و <mark>روبل</mark>");
  }

  @Test
  void theSeedPhrasesOfTheIssue() throws IOException {
    assertThat(seeds("\"ایران و روسیه\"")).contains("003");
    assertThat(seeds("\"سفیر ایران در روسیه\"")).contains("003");
    assertThat(seeds("\"تلاشها در مسیر توسعه مناسبات تهران و مسکو\"")).containsExactly("003");
    assertThat(seeds("\"با اشاره به دیدار\"")).contains("003");
    assertThat(seeds("\"از هم\u200cافزایی و همکاری به عنوان\"")).containsExactly("003");
    assertThat(seeds("\"وزیر جهاد کشاورزی در روسیه را\"")).containsExactly("003");
    assertThat(seeds("\"که وزیر امور خارجه\"")).contains("003");
    assertThat(seeds("\"منطقه\u200cای و بین\u200cالمللی\"")).contains("003");
    assertThat(seeds("\"حمل و نقل بین المللی\"")).contains("003");
    assertThat(seeds("\"رفت و آمد هیأت\u200cهای مختلف ایران و روسیه\"")).containsExactly("003");
    assertThat(seeds("\"همکاری نزدیک با روسیه می\u200cتواند\"")).containsExactly("003");
    assertThat(seeds("\"ایران و پوتین\"")).doesNotContain("003");
    assertThat(seeds("\"مذاکرات پوتین\"")).doesNotContain("003");
    assertThat(seeds("\"مذاکرات پوتین\"~3")).contains("003");
    assertThat(seeds("\"رؤسای جمهور\"")).contains("003");
    assertThat(seeds("\"نشست آتی سران\"")).containsExactly("003");
  }

  @Test
  void stopwordsAloneComeNewestFirstAsTheirEvenScoresWouldPutThem() throws IOException {
    List<Hit> hits = search(sample, "است").hits();
    assertThat(hits).hasSizeGreaterThan(5);
    assertThat(hits).extracting(Hit::score).containsOnly(hits.get(0).score());
    assertThat(hits)
        .extracting(h -> h.article().published())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(search(sample, "است").total())
        .isEqualTo(search(sample, "\"است\"").total())
        .isEqualTo(sample.search(SearchRequest.search("است").anyTerm().build()).total());
  }

  @Test
  void searchedAsShowsTheReadersWordsReadably() throws IOException {
    assertThat(search(sample, "سفر به مسکو").understood()).isEqualTo("سفر مسکو (بدون «به»)");
    assertThat(search(sample, "\"ایران و روسیه\"").understood()).isEqualTo("«ایران و روسیه»");
    assertThat(search(sample, "\"مبادلات روسیه\"~3").understood()).isEqualTo("«مبادلات روسیه»~3");
    assertThat(search(sample, "مسئول").understood()).isEqualTo("مسئول");
    assertThat(search(sample, "آژانس بین\u200cالمللی انرژی اتمی").understood())
        .isEqualTo("آژانس بین\u200cالمللی انرژی اتمی");
    assertThat(search(sample, "بينالمللي").understood())
        .as("Arabic letters and a lost half-space, shown fixed")
        .isEqualTo("بین\u200cالمللی");
    assertThat(search(sample, "از این").understood())
        .as("stopwords only: searched as they are")
        .isEqualTo("از این");
  }
}
