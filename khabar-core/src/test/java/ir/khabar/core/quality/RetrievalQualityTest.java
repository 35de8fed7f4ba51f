package ir.khabar.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Khabar's analysis against stock Lucene PersianAnalyzer on the 1,500 Fars News articles, same
 * BM25, same documents: (1) compounds queried in their ZWNJ, spaced and joined spellings must find
 * the articles holding any spelling; (2) ranked any-term search for the agency's own tags, with the
 * articles carrying the tag as the relevant set (MAP). Prints the figures docs/QUALITY.md reports.
 */
@Tag("integration")
class RetrievalQualityTest {
  private static final String[] COMPOUNDS = {
    "می\u200cشود",
    "می\u200cکند",
    "می\u200cگوید",
    "بین\u200cالمللی",
    "سرمایه\u200cگذاری",
    "همکاری\u200cهای",
    "کشورهای",
    "فعالیت\u200cهای",
    "برنامه\u200cریزی",
    "تصمیم\u200cگیری",
    "پیش\u200cبینی",
    "شرکت\u200cهای",
    "بهره\u200cبرداری",
    "جمع\u200cآوری",
    "نمایندگان",
    "هم\u200cاکنون",
    "آیین\u200cنامه",
    "امکان\u200cپذیر",
    "دانش\u200cآموزان",
    "تولیدکنندگان"
  };

  @Test
  void khabarFindsCompoundsInEverySpellingAndRanksAtLeastAsWellAsStockLucene() throws Exception {
    List<String[]> articles = farsnews();
    Index khabar = new Index(KhabarAnalyzer.forIndex(), KhabarAnalyzer.forQuery(), articles);
    Index stock = new Index(new PersianAnalyzer(), new PersianAnalyzer(), articles);

    double khabarRecall = compoundRecall(khabar, articles);
    double stockRecall = compoundRecall(stock, articles);
    System.out.printf(
        "compound recall over ZWNJ/space/joined queries: khabar %.3f, stock PersianAnalyzer %.3f%n",
        khabarRecall, stockRecall);

    Map<String, Set<Integer>> tags = tagQueries(articles);
    double khabarMap = meanAveragePrecision(khabar, tags);
    double stockMap = meanAveragePrecision(stock, tags);
    System.out.printf(
        "MAP of any-term tag queries (%d queries): khabar %.3f, stock PersianAnalyzer %.3f%n",
        tags.size(), khabarMap, stockMap);

    assertThat(khabarRecall).isGreaterThanOrEqualTo(0.90).isGreaterThan(stockRecall);
    assertThat(khabarMap).isGreaterThanOrEqualTo(stockMap - 0.02);
  }

  /**
   * For each compound and each of its three spellings: share of articles with any spelling found.
   */
  private static double compoundRecall(Index index, List<String[]> articles) throws Exception {
    long found = 0;
    long relevant = 0;
    for (String compound : COMPOUNDS) {
      Set<Integer> holding = new HashSet<>();
      List<String> spellings =
          List.of(compound, compound.replace('\u200c', ' '), compound.replace("\u200c", ""));
      for (int i = 0; i < articles.size(); i++) {
        String text = normalizeLetters(articles.get(i)[1]);
        for (String s : spellings) {
          if (containsWord(text, s)) {
            holding.add(i);
          }
        }
      }
      for (String query : spellings) {
        Set<Integer> hits = index.search(query, Occur.MUST, 2_000);
        found += holding.stream().filter(hits::contains).count();
        relevant += holding.size();
      }
    }
    return found / (double) relevant;
  }

  private static double meanAveragePrecision(Index index, Map<String, Set<Integer>> queries)
      throws Exception {
    double sum = 0;
    for (Map.Entry<String, Set<Integer>> q : queries.entrySet()) {
      List<Integer> ranked = index.ranked(q.getKey(), 100);
      int hits = 0;
      double precisionSum = 0;
      for (int rank = 0; rank < ranked.size(); rank++) {
        if (q.getValue().contains(ranked.get(rank))) {
          hits++;
          precisionSum += hits / (double) (rank + 1);
        }
      }
      sum += precisionSum / q.getValue().size();
      if (System.getenv("KHABAR_DEBUG_MAP") != null) {
        System.out.printf("AP %.3f %s%n", precisionSum / q.getValue().size(), q.getKey());
      }
    }
    return sum / queries.size();
  }

  /** Tags carried by 3 to 40 articles, as queries; the articles carrying them are relevant. */
  private static Map<String, Set<Integer>> tagQueries(List<String[]> articles) {
    Map<String, Set<Integer>> byTag = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String tag : articles.get(i)[2].split("\n")) {
        if (!tag.isBlank()) {
          byTag.computeIfAbsent(tag.strip(), t -> new HashSet<>()).add(i);
        }
      }
    }
    byTag.values().removeIf(s -> s.size() < 3 || s.size() > 40);
    return byTag;
  }

  private static boolean containsWord(String text, String word) {
    int i = text.indexOf(word);
    while (i >= 0) {
      boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
      int end = i + word.length();
      boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      i = text.indexOf(word, i + 1);
    }
    return false;
  }

  private static String normalizeLetters(String s) {
    return s.replace('ي', 'ی').replace('ك', 'ک');
  }

  /** title + text, and tags (one per line), of each Fars News record. */
  private static List<String[]> farsnews() throws Exception {
    Path dir = SharedData.farsnews();
    List<String[]> out = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      for (JsonNode r :
          ArticleJson.MAPPER.readTree(dir.resolve("fars-news-" + n + ".json").toFile())) {
        StringBuilder text =
            new StringBuilder(r.path("title").asText())
                .append('\n')
                .append(r.path("abstract").asText());
        r.path("paragraphs").forEach(p -> text.append('\n').append(p.asText()));
        StringBuilder tags = new StringBuilder();
        r.path("tags").forEach(t -> tags.append(t.asText()).append('\n'));
        out.add(new String[] {r.path("title").asText(), text.toString(), tags.toString()});
      }
    }
    return out;
  }

  /** A BM25 index of the articles' text with one analyzer, searched with another. */
  private static final class Index {
    private final IndexSearcher searcher;
    private final QueryBuilder queries;

    Index(Analyzer indexAnalyzer, Analyzer queryAnalyzer, List<String[]> articles)
        throws Exception {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
        for (int i = 0; i < articles.size(); i++) {
          Document d = new Document();
          d.add(new StoredField("n", i));
          d.add(new TextField("text", articles.get(i)[1], Field.Store.NO));
          w.addDocument(d);
        }
      }
      searcher = new IndexSearcher(DirectoryReader.open(dir));
      queries = new QueryBuilder(queryAnalyzer);
    }

    Set<Integer> search(String text, Occur occur, int n) throws Exception {
      return new HashSet<>(ranked(text, occur, n));
    }

    List<Integer> ranked(String text, int n) throws Exception {
      return ranked(text, Occur.SHOULD, n);
    }

    private List<Integer> ranked(String text, Occur occur, int n) throws Exception {
      Query q = queries.createBooleanQuery("text", text, occur);
      List<Integer> out = new ArrayList<>();
      if (q == null) {
        return out;
      }
      for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).getField("n").numericValue().intValue());
      }
      return out;
    }
  }
}
