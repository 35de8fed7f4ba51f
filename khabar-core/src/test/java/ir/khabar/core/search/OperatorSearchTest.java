package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.PrefixTerms;
import ir.khabar.core.search.engine.QueryFactory;
import ir.khabar.core.search.engine.SearchPlan;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.persian.analysis.Terms;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query operators on the seeds and the 1,500 Fars News records in a real index, checked as
 * sets: of articles (the parsed query run on the index) and of stories (the engine's collapsed
 * hits). For many pairs of corpus words A, B and a third word C: A AND B = A B; A OR B = A ∪ B; A
 * -B = A NOT B = A \ B; (A OR B) C = (A ∪ B) ∩ C. Phrases find a subset of their words' matches,
 * title: hits have the word in their title, prefixes find their words, malformed and very long
 * queries answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class OperatorSearchTest {
  private static final int PAIRS = 60;
  @TempDir static Path dir;
  private LuceneSearchEngine engine;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private final Analyzer query = KhabarAnalyzer.forQuery();
  private CorpusQueries corpus;

  @BeforeAll
  void ingest() throws IOException {
    List<Path> inputs = new ArrayList<>(SharedData.farsnewsFiles());
    inputs.add(SharedData.seeds());
    engine = LuceneSearchEngine.open(dir.resolve("index"));
    Ingest.files(engine, inputs);
    engine.commit();
    reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")));
    searcher = new IndexSearcher(reader);
    corpus = new CorpusQueries(SharedData.farsnewsFiles(), this::count);
  }

  @AfterAll
  void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void operatorsCombineTheirWordsMatchesAsSets() {
    int checks = 0;
    List<String> failed = new ArrayList<>();
    List<String[]> pairs = corpus.pairs(PAIRS, 16);
    for (int i = 0; i < pairs.size(); i++) {
      String a = pairs.get(i)[0];
      String b = pairs.get(i)[1];
      String c = pairs.get((i + 1) % pairs.size())[0];
      Set<String> as = articles(a);
      Set<String> bs = articles(b);
      checks += 5;
      check(failed, a + " AND " + b, articles(a + " " + b));
      check(failed, a + " OR " + b, DocSets.union(as, bs));
      check(failed, a + " -" + b, DocSets.minus(as, bs));
      check(failed, a + " NOT " + b, DocSets.minus(as, bs));
      check(
          failed,
          "(" + a + " OR " + b + ") " + c,
          DocSets.intersection(DocSets.union(as, bs), articles(c)));
    }
    System.out.printf(
        "operators as sets of articles: %d of %d checks hold over %d word pairs%n",
        checks - failed.size(), checks, pairs.size());
    assertThat(failed).isEmpty();
  }

  /**
   * As sets of stories (each matched article's story): AND and OR hold exactly; an exclusion keeps
   * a story when one of its versions lacks the excluded word, so A -B may keep a story of A \ B's
   * complement. The engine's own hits, one per story, are those stories.
   */
  @Test
  void operatorsCombineTheirWordsStoriesAsSets() throws IOException {
    int checks = 0;
    List<String> failed = new ArrayList<>();
    int storyLevelExclusions = 0;
    List<String[]> pairs = corpus.pairs(PAIRS, 16);
    for (String[] p : pairs) {
      Set<String> as = stories(articles(p[0]));
      Set<String> bs = stories(articles(p[1]));
      checks += 3;
      if (!stories(articles(p[0] + " AND " + p[1])).equals(stories(articles(p[0] + " " + p[1])))) {
        failed.add(p[0] + " AND " + p[1]);
      }
      if (!stories(articles(p[0] + " OR " + p[1])).equals(DocSets.union(as, bs))) {
        failed.add(p[0] + " OR " + p[1]);
      }
      Set<String> excluded = stories(articles(p[0] + " -" + p[1]));
      if (!as.containsAll(excluded)) {
        failed.add(p[0] + " -" + p[1]);
      }
      storyLevelExclusions += excluded.equals(DocSets.minus(as, bs)) ? 1 : 0;
    }
    for (String[] p : pairs.subList(0, 10)) {
      String q = p[0] + " OR " + p[1];
      checks++;
      if (!stories(articles(q)).equals(engineStories(q))) {
        failed.add("engine: " + q);
      }
    }
    System.out.printf(
        "operators as sets of stories: %d of %d checks hold; A -B = stories(A) \\ stories(B)"
            + " for %d of %d pairs%n",
        checks - failed.size(), checks, storyLevelExclusions, pairs.size());
    assertThat(failed).isEmpty();
  }

  @Test
  void aPhraseFindsASubsetOfItsWordsMatches() {
    List<String> spans = corpus.spans(40, 7);
    int nonEmpty = 0;
    for (String span : spans) {
      Set<String> phrase = articles("\"" + span + "\"");
      assertThat(articles(span)).as(span).containsAll(phrase);
      assertThat(articles("«" + span + "»")).as(span).isEqualTo(phrase);
      assertThat(articles("\"" + span + "\" OR روسیه"))
          .as(span)
          .isEqualTo(DocSets.union(phrase, articles("روسیه")));
      nonEmpty += phrase.isEmpty() ? 0 : 1;
    }
    System.out.printf(
        "phrases: %d spans, %d find articles, each a subset of its words' matches%n",
        spans.size(), nonEmpty);
    assertThat(nonEmpty).isGreaterThanOrEqualTo(spans.size() * 9 / 10);
  }

  @Test
  void titleHitsHoldTheWordInTheirTitle() throws IOException {
    Analyzer index = KhabarAnalyzer.forIndex();
    int found = 0;
    for (String[] p : corpus.pairs(30, 5)) {
      String word = p[0];
      String term = Terms.of(index, ArticleDocuments.TITLE, word).get(0);
      SearchResult r = engine.search(SearchRequest.search("title:" + word).limit(500).build());
      for (Hit h : r.hits()) {
        assertThat(Terms.of(index, ArticleDocuments.TITLE, h.article().title()))
            .as(word + ": " + h.article().title())
            .contains(term);
      }
      assertThat(articles("title:" + word)).as(word).isSubsetOf(articles(word));
      found += r.hits().isEmpty() ? 0 : 1;
    }
    assertThat(found).isGreaterThanOrEqualTo(20);
  }

  @Test
  void aPrefixFindsTheWordsItStartsAndSaysWhich() throws IOException {
    SearchResult r = engine.search(SearchRequest.of("روس*"));
    assertThat(r.understood()).startsWith("روس* (").contains("روسیه");
    assertThat(engine.search(SearchRequest.of("هسته*")).understood()) // as written, not folded
        .contains("هسته\u200cای")
        .doesNotContain("هستهای");
    assertThat(articles("روس*")).containsAll(articles("روسیه")).containsAll(articles("روسی"));
    int holds = 0;
    List<String[]> pairs = corpus.pairs(30, 9);
    for (String[] p : pairs) {
      String term = Terms.of(query, ArticleDocuments.TEXT, p[0]).get(0);
      holds +=
          articles(term.substring(0, term.length() - 1) + "*").containsAll(articles(term)) ? 1 : 0;
    }
    System.out.printf(
        "prefixes: %d of %d find every article of the word they start%n", holds, pairs.size());
    assertThat(holds).isGreaterThanOrEqualTo(pairs.size() * 8 / 10);
    assertThat(articles("title:روس* تحریم")).isSubsetOf(articles("تحریم"));
  }

  @Test
  void malformedQueriesAreSearchedAsPlainWordsAndSaySo() throws IOException {
    List<String> malformed =
        List.of(
            "\"تحریم آمریکا",
            "«تحریم AND آمریکا",
            "تحریم AND",
            "OR",
            "AND تحریم",
            "NOT",
            "title:",
            "title: AND",
            "*",
            "ر*",
            "(تحریم OR آمریکا",
            "تحریم) OR",
            "source:",
            "تحریم ** آمریکا");
    for (String q : malformed) {
      SearchResult r = engine.search(SearchRequest.of(q));
      assertThat(r.understood())
          .as(q)
          .containsAnyOf("نحو پرسش خوانده نشد", "گیومهٔ بی\u200cجفت", "دو حرف", "«*»");
    }
    for (String q :
        List.of(
            "-",
            "+",
            "تحریم -",
            "a:b:c AND",
            "\"\"",
            "()",
            "[تحریم TO آمریکا]",
            "تحریم^ OR",
            "تحریم~ OR آمریکا",
            "تحریم && آمریکا || چین",
            "!تحریم",
            "تحریم/آمریکا OR چین",
            "\\ OR تحریم",
            "title:title:")) {
      assertThat(engine.search(SearchRequest.of(q))).as(q).isNotNull();
    }
    assertThat(engine.search(SearchRequest.of("\"تحریم آمریکا")).understood())
        .isEqualTo("تحریم آمریکا (گیومهٔ بی\u200cجفت نادیده گرفته شد)");
    assertThat(engine.search(SearchRequest.of("تحریم AND")).understood())
        .contains("واژه\u200cهای ساده");
    assertThat(articles("تحریم AND")).isEqualTo(articles("تحریم"));
    assertThat(articles("تحریم~ OR آمریکا"))
        .isEqualTo(DocSets.union(articles("تحریم"), articles("آمریکا")));
    assertThat(engine.search(SearchRequest.of("ر*")).understood()).contains("دو حرف");
    assertThat(engine.search(SearchRequest.of("*")).total()).isZero();
  }

  @Test
  void anExcludedWordIsNeitherFoundNorMarked() throws IOException {
    SearchResult r = engine.search(SearchRequest.search("تحریم -آمریکا").limit(50).build());
    assertThat(r.total()).isPositive().isLessThan(engine.search(SearchRequest.of("تحریم")).total());
    assertThat(r.understood()).isEqualTo("تحریم بدون آمریکا");
    assertThat(r.hits())
        .allSatisfy(
            h ->
                assertThat(h.snippet())
                    .doesNotContain("<mark>آمریکا")
                    .doesNotContain("<mark>امریکا"));
    assertThat(r.hits()).anySatisfy(h -> assertThat(h.snippet()).contains("<mark>تحریم"));
  }

  @Test
  void aVeryLongQueryIsCutAndSaysSo() throws IOException {
    List<String> words = new ArrayList<>();
    for (int i = 0; words.size() < 1200; i++) {
      words.add(corpus.words.get(i % corpus.words.size()));
    }
    for (String q :
        List.of(
            String.join(" ", words),
            String.join(" OR ", words),
            String.join(" ", words) + " -تحریم",
            String.join("* ", words.subList(0, 300)) + "*")) {
      SearchResult r = engine.search(SearchRequest.search(q).limit(10).anyTerm(true).build());
      assertThat(r.understood()).as(q.substring(0, 30)).contains("پرسش بلند بود");
      engine.facets(SearchRequest.of(q), 5);
    }
  }

  /**
   * Plain queries (every Fars title, whole and cut short) parse exactly as they did before
   * operators.
   */
  @Test
  void plainQueriesParseAsTheyAlwaysDid() {
    QueryFactory plain = new QueryFactory(query, this::docFreq, Lexicon.get()::isStopword);
    int operators = 0;
    int same = 0;
    for (String title : corpus.titles) {
      String[] words = title.split("\\s+");
      for (String q : List.of(title, words[0] + " " + words[words.length - 1])) {
        for (Occur eachWord : List.of(Occur.MUST, Occur.SHOULD)) {
          QueryFactory.Parsed before = plain.parse(q, eachWord);
          QueryFactory.Parsed now = parse(q, eachWord == Occur.SHOULD);
          if (before == null ? now == null : now != null && before.query().equals(now.query())) {
            same++;
          } else {
            operators++;
            // Latin words are read by LatinQuery (a known name becomes its Persian name, an unheld
            // word is left out).
            assertThat(q.matches(".*\\p{IsLatin}.*") || q.matches(".*( -|\\*|:|AND|OR|NOT|\\+).*"))
                .as("a title read as other than plain Persian words: " + q)
                .isTrue();
          }
        }
      }
    }
    System.out.printf(
        "plain queries: %d parse as before, %d read as operators or Latin words%n",
        same, operators);
    assertThat(operators).isLessThan(same / 100);
  }

  private void check(List<String> failed, String q, Set<String> expected) {
    Set<String> found = articles(q);
    if (!found.equals(expected)) {
      failed.add(q + " found " + found.size() + ", expected " + expected.size());
    }
  }

  /** The query as the engines parse it, filters included; null when nothing is left to search. */
  private QueryFactory.Parsed parse(String q, boolean any) {
    SearchRequest r = SearchRequest.search(q).limit(10).anyTerm(any).build();
    SearchPlan plan = SearchPlan.search(r, query, this::docFreq, PrefixTerms.of(reader));
    return plan == null ? null : new QueryFactory.Parsed(plan.query(), plan.understood());
  }

  /**
   * Every article the query, parsed as the engine parses it, finds (as Lucene document numbers).
   */
  private Set<String> articles(String q) {
    QueryFactory.Parsed parsed = parse(q, false);
    Set<String> docs = new TreeSet<>();
    if (parsed == null) {
      return docs;
    }
    try {
      for (ScoreDoc d : searcher.search(parsed.query(), Math.max(1, reader.maxDoc())).scoreDocs) {
        docs.add(String.valueOf(d.doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  private int count(String q) {
    QueryFactory.Parsed parsed = parse(q, false);
    try {
      return parsed == null ? 0 : searcher.count(parsed.query());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stories of the engine's hits, one per story. */
  private Set<String> engineStories(String q) throws IOException {
    Set<String> out = new TreeSet<>();
    for (Hit h : engine.search(SearchRequest.search(q).limit(1000).build()).hits()) {
      out.add(h.article().story() == null ? h.article().id() : h.article().story());
    }
    return out;
  }

  /** The stories of articles, as the index records them (an article without one is its own). */
  private Set<String> stories(Set<String> docs) {
    Set<String> out = new TreeSet<>();
    try {
      for (String doc : docs) {
        var d =
            searcher
                .storedFields()
                .document(
                    Integer.parseInt(doc), Set.of(ArticleDocuments.STORY, ArticleDocuments.ID));
        out.add(
            d.get(ArticleDocuments.STORY) == null
                ? d.get(ArticleDocuments.ID)
                : d.get(ArticleDocuments.STORY));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private int docFreq(Term t) {
    try {
      return reader.docFreq(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
