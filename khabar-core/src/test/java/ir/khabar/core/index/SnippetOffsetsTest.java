package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.engine.PrefixTerms;
import ir.khabar.core.search.engine.SearchPlan;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets marked from the offsets kept in the postings are the snippets the highlighter made by
 * analysing each body again: the same passages and marks, for words, phrases (marked whole),
 * prefixes and half-space variants, on the Fars News articles. The one difference: where a word the
 * query requires is only in the title, the body alone did not match and showed its opening
 * unmarked; now the query's words in the body are marked.
 */
class SnippetOffsetsTest {
  @TempDir Path dir;

  @Test
  void offsetsInThePostingsMarkWhatAnalysingTheBodyMarked() throws IOException {
    List<Path> inputs = new ArrayList<>(SharedData.farsnewsFiles());
    inputs.add(SharedData.seeds());
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Ingest.files(engine, inputs);
    }
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertThat(IndexLayout.of(d).textOffsets()).isTrue();
      IndexSearcher searcher = new IndexSearcher(reader);
      LuceneSnippets fromOffsets = new LuceneSnippets(KhabarAnalyzer.forIndex());
      LuceneSnippets reanalysed = new LuceneSnippets(KhabarAnalyzer.forIndex(), true);
      int compared = 0;
      int marked = 0;
      int titleOnly = 0;
      for (String q : queries(searcher)) {
        SearchPlan plan =
            SearchPlan.search(
                SearchRequest.search(q).anyTerm(q.hashCode() % 3 == 0).build(),
                KhabarAnalyzer.forQuery(),
                t -> docFreq(reader, t),
                PrefixTerms.of(reader));
        if (plan == null) {
          continue;
        }
        ScoreDoc[] top = searcher.search(plan.query(), 10).scoreDocs;
        Article[] articles = RankedPages.articles(searcher, top);
        String[] expected = reanalysed.highlight(searcher, plan.query(), top, articles);
        String[] actual = fromOffsets.highlight(searcher, plan.query(), top, articles);
        for (int i = 0; i < top.length; i++) {
          if (!Objects.equals(actual[i], expected[i])) {
            // A word the query requires is only in the title: the body analysed alone did not
            // match the query, so nothing was marked; the whole text's offsets mark its words.
            assertThat(expected[i]).as(q).doesNotContain("<mark>");
            assertThat(actual[i]).as(q).contains("<mark>");
            titleOnly++;
          }
        }
        compared += top.length;
        marked +=
            (int) Arrays.stream(actual).filter(s -> s != null && s.contains("<mark>")).count();
      }
      assertThat(compared).isGreaterThan(1_000);
      assertThat(marked).isGreaterThan(compared / 2);
      assertThat(titleOnly).isLessThan(compared / 100);
      System.out.printf(
          "snippets from offsets against re-analysed: %d hits, %d marked, %d differ (a required"
              + " word only in the title: now the body's words are marked)%n",
          compared, marked, titleOnly);
    }
  }

  private static int docFreq(DirectoryReader reader, Term t) {
    try {
      return reader.docFreq(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * From every 9th article in id order: a word, two words, a phrase of two neighbours, a prefix, a
   * half-space written as a space.
   */
  private static List<String> queries(IndexSearcher searcher) throws IOException {
    ScoreDoc[] all = new ScoreDoc[searcher.getIndexReader().maxDoc()];
    for (int i = 0; i < all.length; i++) {
      all[i] = new ScoreDoc(i, 0);
    }
    List<Article> byId =
        Arrays.stream(RankedPages.articles(searcher, all))
            .sorted(Comparator.comparing(Article::id))
            .toList();
    List<String> out = new ArrayList<>();
    for (int n = 0; n < byId.size(); n += 9) {
      Article a = byId.get(n);
      List<String> words =
          Arrays.stream(a.leadAndBody().split("[\\s\\p{Punct}،؛؟«»]+"))
              .filter(w -> w.length() >= 3 && w.chars().allMatch(c -> c >= 0x0600 || c == 0x200c))
              .toList();
      if (words.size() < 8) {
        continue;
      }
      out.add(words.get(3));
      out.add(words.get(1) + " " + words.get(6));
      out.add("\"" + words.get(4) + " " + words.get(5) + "\"");
      out.add(words.get(7).substring(0, 3) + "*");
      words.stream()
          .filter(w -> w.indexOf('\u200c') > 0)
          .findFirst()
          .ifPresent(w -> out.add(w.replace('\u200c', ' ')));
    }
    return out;
  }
}
