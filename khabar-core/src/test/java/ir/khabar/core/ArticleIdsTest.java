package ir.khabar.core;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One content hash: stored ids are what they always were, and the text key is made with the same
 * hash.
 */
class ArticleIdsTest {
  private static final Article SHIRAZ =
      Article.builder()
          .title("نمایشگاه کتاب شیراز گشایش یافت")
          .body(List.of("سی\u200cامین نمایشگاه کتاب استان فارس امروز در شیراز آغاز به کار کرد."))
          .build();

  /** What the previous version's TextKey gave SHIRAZ: 24 hex digits of the same SHA-256. */
  private static final String OLD_TEXT_KEY = "f2c8af11b2ba114817b49d23";

  @Test
  void idsOfStoredArticlesAreThoseTheyAlwaysWere() {
    assertThat(ArticleIds.forUrl("https://www.irna.ir/news/85991234/"))
        .isEqualTo("2c9d0d7133a1d6d6");
    assertThat(ArticleIds.of(SHIRAZ)).isEqualTo("c189ff9a56123c20");
  }

  @Test
  void theTextKeyIgnoresSpacingPunctuationAndLettersAndBeginsTheOldKey() {
    Article respaced =
        SHIRAZ.toBuilder()
            .title("نمايشگاه  کتاب شيراز، گشايش يافت!")
            .body(List.of("سی امین نمایشگاه کتاب استان فارس امروز در شیراز آغاز به کار کرد"))
            .build();
    assertThat(ArticleIds.textKey(respaced)).isEqualTo(ArticleIds.textKey(SHIRAZ)).hasSize(16);
    assertThat(OLD_TEXT_KEY).startsWith(ArticleIds.textKey(SHIRAZ));
  }

  /** The key drops exactly what its first version's pattern dropped, so stored keys still match. */
  @Test
  void theTextKeyDropsExactlyWhatTheOriginalPatternDropped() {
    java.util.regex.Pattern original = java.util.regex.Pattern.compile("[\\s\\p{Punct}،؛؟«»]");
    String plain = ArticleIds.textKey(Article.builder().title("کتابشیراز").build());
    String chars = "\u00a0\u2028\u200c\u060c\u061b\u061f\u00ab\u00bb\u066b\u06d4\u2026";
    for (char c = 0; c < 0x80; c++) {
      chars += c;
    }
    for (char c : chars.toCharArray()) {
      String key = ArticleIds.textKey(Article.builder().title("کتاب" + c + "شیراز").build());
      String folded = ir.khabar.persian.text.SearchFolding.fold(String.valueOf(c));
      boolean dropped = original.matcher(folded).replaceAll("").isEmpty();
      assertThat(key.equals(plain)).as("U+%04X", (int) c).isEqualTo(dropped);
    }
  }

  @Test
  void anIndexFromThePreviousVersionStillCatchesTheSameTextUnderAnotherUrl(@TempDir Path dir)
      throws IOException {
    try (IndexWriter w =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document old = new Document();
      old.add(new StringField(ArticleDocuments.ID, "c189ff9a56123c20", Field.Store.YES));
      old.add(new StringField(ArticleDocuments.TEXT_KEY, OLD_TEXT_KEY, Field.Store.NO));
      w.addDocument(old);
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Article elsewhere = SHIRAZ.toBuilder().url("https://www.isna.ir/news/1403000001/").build();
      assertThat(engine.add(elsewhere.withId(ArticleIds.of(elsewhere)), null)).isFalse();
      Article other =
          SHIRAZ.toBuilder()
              .title("نمایشگاه کتاب تبریز گشایش یافت")
              .url("https://www.isna.ir/news/2/")
              .build();
      assertThat(engine.add(other.withId(ArticleIds.of(other)), null)).isTrue();
    }
  }
}
