package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.khabar.core.Article;
import ir.khabar.core.Source;
import ir.khabar.core.index.LuceneSearchEngine.Analysis;
import ir.khabar.core.ingest.SampleCorpus;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.persian.PersianText;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stopwords field the engine indexes, now taken from the text field's own analysis, holds for
 * each article exactly the terms {@link PersianText#stopwordsIn} finds in its text (what the field
 * held before): the project's sample articles, and the 1,500 Fars News articles of ../shared
 * (skipped with SharedData's message when it is absent).
 */
class StopwordsFieldTest {
  @TempDir Path dir;

  @Test
  void theSampleArticlesHoldTheStopwordsOfTheirText() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (String name : SampleCorpus.names()) {
      String[] lines = new String(SampleCorpus.bytes(name), StandardCharsets.UTF_8).split("\n");
      articles.add(article(name, lines[0], "", Arrays.asList(lines).subList(1, lines.length)));
    }
    assertThat(articles).hasSizeGreaterThan(20);
    assertSameStopwords(articles);
  }

  @Test
  void theFarsArticlesHoldTheStopwordsOfTheirText() throws IOException {
    List<Article> articles = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : SharedData.farsnewsFiles()) {
      int n = 0;
      for (JsonNode r : json.readTree(file.toFile())) {
        List<String> body = new ArrayList<>();
        r.path("paragraphs").forEach(p -> body.add(p.asText()));
        articles.add(
            article(
                file.getFileName() + "#" + n++,
                r.path("title").asText(),
                r.path("abstract").asText(),
                body));
      }
    }
    assertThat(articles).hasSizeGreaterThan(1_400);
    assertSameStopwords(articles);
  }

  /**
   * An engine with another analysis keeps no stopwords field, so it asks for none: a phrase holding
   * a word Khabar's lexicon calls a stopword is the other analysis's phrase alone (stock
   * PersianAnalyzer drops «این» and keeps its gap), not nothing.
   */
  @Test
  void anEngineWithoutAStopwordsFieldAnswersAPhraseHoldingAStopword() throws IOException {
    Analysis stock = Analysis.of(new PersianAnalyzer(), new PersianAnalyzer());
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir, stock)) {
      engine.add(article("a", "برنامه جدید", "", List.of("این برنامه جدید از امروز پخش می شود.")));
      engine.add(article("b", "خبر دیگر", "", List.of("هیچ سخنی از آن به میان نیامد.")));
      engine.commit();
      assertThat(engine.search(SearchRequest.of("\"این برنامه\"")).hits())
          .extracting(h -> h.article().id())
          .containsExactly("a");
    }
  }

  private void assertSameStopwords(List<Article> articles) throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      for (Article a : articles) {
        engine.add(a); // an exact duplicate is stored once
      }
      engine.commit();
    }
    int checked = 0;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Map<Integer, Set<String>> stops = stopsByDoc(leaf);
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          Article a = LuceneDocuments.toArticle(stored.document(doc));
          assertThat(stops.getOrDefault(doc, Set.of()))
              .as(a.id())
              .isEqualTo(new TreeSet<>(PersianText.get().stopwordsIn(a.fullText())));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(articles.size() * 9 / 10);
  }

  private static Map<Integer, Set<String>> stopsByDoc(LeafReaderContext leaf) throws IOException {
    Map<Integer, Set<String>> out = new HashMap<>();
    Terms terms = leaf.reader().terms(ArticleDocuments.STOPS);
    if (terms == null) {
      return out;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String word = t.utf8ToString();
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        out.computeIfAbsent(doc, d -> new TreeSet<>()).add(word);
      }
    }
    return out;
  }

  private static Article article(String id, String title, String lead, List<String> body) {
    return Article.builder()
        .id(id)
        .source(new Source("fars", "فارس"))
        .title(title)
        .lead(lead)
        .body(body)
        .build();
  }
}
