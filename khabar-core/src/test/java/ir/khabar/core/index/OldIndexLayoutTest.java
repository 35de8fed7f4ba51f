package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.Source;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index made before the text kept its offsets and the story its doc values keeps its layout: new
 * articles go in (Lucene refuses a field whose options change), and its snippets and stories still
 * come out, by analysing the bodies and reading the stored story.
 */
class OldIndexLayoutTest {
  private static final IndexLayout BEFORE = new IndexLayout(false, false, false);

  @TempDir Path dir;

  private static Article article(String id, String title, String body) {
    return Article.builder()
        .id(id)
        .source(new Source("isna", "ایسنا"))
        .title(title)
        .body(List.of(body))
        .story("story-bam")
        .build();
  }

  @Test
  void anOldIndexTakesNewArticlesAndStillMarksAndFoldsThem() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter old =
            new IndexWriter(
                d, new IndexWriterConfig(KhabarAnalyzer.forIndex()).setCodec(IndexCodec.get()))) {
      Article a = article("a", "زلزله در بم", "زلزله\u200cای به بزرگی شش ریشتر شهر بم را لرزاند.");
      Document before =
          LuceneDocuments.of(
              ArticleDocuments.of(a, null, ArticleIds.textKey(a)),
              BEFORE,
              PersianText.get()::stopwordsIn);
      before.removeField(ArticleDocuments.JSON); // the JSON was a string then
      before.add(new StoredField(ArticleDocuments.JSON, ArticleDocuments.json(a)));
      old.addDocument(before);
      old.commit();
      assertThat(IndexLayout.of(d)).isEqualTo(BEFORE);
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      engine.add(
          article(
              "b",
              "پس\u200cلرزه\u200cهای بم",
              "امدادگران پس از زلزله به بم رسیدند و آوار را کاویدند."));
      engine.commit();
      SearchResult r = engine.search(SearchRequest.search("زلزله بم").build());
      assertThat(r.total()).isEqualTo(2);
      assertThat(r.hits()).hasSize(1);
      Hit hit = r.hits().get(0);
      assertThat(hit.moreInStory()).isEqualTo(1);
      assertThat(hit.snippet()).contains("<mark>بم</mark>");
      assertThat(engine.get("a").orElseThrow().title()).isEqualTo("زلزله در بم");
    }
    try (Directory d = FSDirectory.open(dir)) {
      assertThat(IndexLayout.of(d)).isEqualTo(BEFORE);
    }
  }

  /**
   * An index from before the text key was 16 digits held longer keys that begin with the new ones:
   * the same text under another id is still a duplicate there, and the index stays marked as one
   * whose keys are sought by prefix.
   */
  @Test
  void anOldIndexFindsTheSameTextByItsLongerKey() throws IOException {
    Article a = article("a", "زلزله در بم", "زلزله\u200cای شهر بم را لرزاند.");
    try (Directory d = FSDirectory.open(dir);
        IndexWriter old =
            new IndexWriter(
                d, new IndexWriterConfig(KhabarAnalyzer.forIndex()).setCodec(IndexCodec.get()))) {
      old.addDocument(
          LuceneDocuments.of(
              ArticleDocuments.of(a, null, ArticleIds.textKey(a) + "0a1b2c3d"),
              BEFORE,
              PersianText.get()::stopwordsIn));
      old.commit();
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      assertThat(engine.add(a.toBuilder().id("a-again").build())).isFalse();
      assertThat(engine.add(article("b", "پس\u200cلرزه\u200cهای بم", "امدادگران به بم رسیدند.")))
          .isTrue();
    }
    try (Directory d = FSDirectory.open(dir)) {
      assertThat(IndexLayout.of(d).exactTextKeys()).isFalse();
    }
  }

  @Test
  void aNewIndexFindsTheSameTextByItsExactKey() throws IOException {
    Article a = article("a", "زلزله در بم", "زلزله\u200cای شهر بم را لرزاند.");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      engine.add(a);
      engine.commit();
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      assertThat(engine.add(a.toBuilder().id("a-again").build())).isFalse();
      assertThat(engine.contains("a")).isTrue();
      assertThat(engine.contains("a-again")).isFalse();
    }
  }

  @Test
  void aNewIndexKeepsOffsetsAndStoryDocValues() throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      engine.add(article("a", "زلزله در بم", "زلزله\u200cای شهر بم را لرزاند."));
      engine.commit();
      assertThat(engine.search(SearchRequest.search("لرزاند").build()).hits().get(0).snippet())
          .contains("<mark>لرزاند</mark>");
    }
    try (Directory d = FSDirectory.open(dir)) {
      assertThat(IndexLayout.of(d)).isEqualTo(IndexLayout.CURRENT);
    }
  }
}
