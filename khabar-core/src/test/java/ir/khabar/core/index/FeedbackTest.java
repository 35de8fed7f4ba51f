package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.Feedback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FeedbackTest {
  private static final WhitespaceAnalyzer WORDS = new WhitespaceAnalyzer();

  @Test
  void feedbackReordersTheArticlesFoundAndNeverAddsOrDropsOne() throws Exception {
    IndexSearcher s =
        searcher(
            "زلزله بم", "بازسازی ارگ بم خانه اسکان زلزله", // what the query means
            "زلزله ژاپن", "زلزله در ژاپن سونامی", // another earthquake
            "بازسازی خانه", "بازسازی ارگ خانه اسکان بم", // holds no query word: must stay out
            "اسکان", "زلزله بازسازی ارگ اسکان خانه بم"); // the query word and the story's words
    Query q = new TermQuery(new Term(ArticleDocuments.TEXT, "زلزله"));
    Query expanded = LuceneFeedback.expand(s, q, Sort.RELEVANCE, WORDS);

    assertThat(s.count(expanded)).isEqualTo(s.count(q)).isEqualTo(3);
    assertThat(expanded).isInstanceOf(BooleanQuery.class);
    BooleanQuery b = (BooleanQuery) expanded;
    assertThat(b.clauses().get(0).getOccur()).isEqualTo(BooleanClause.Occur.MUST);
    double added =
        b.clauses().stream().skip(1).mapToDouble(c -> ((BoostQuery) c.getQuery()).getBoost()).sum();
    assertThat(added)
        .as("the added words weigh as much as the reader's one word")
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(titles(s, expanded))
        .containsExactlyInAnyOrderElementsOf(titles(s, q))
        .doesNotContain("بازسازی خانه");
  }

  private static List<String> titles(IndexSearcher s, Query q) throws IOException {
    List<String> out = new ArrayList<>();
    for (var sd : s.search(q, 10).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get(ArticleDocuments.TITLE));
    }
    return out;
  }

  @Test
  void aQueryWithNoTextTermsIsLeftAlone() throws Exception {
    IndexSearcher s = searcher("از", "از این");
    Query stops = new TermQuery(new Term(ArticleDocuments.STOPS, "از"));
    assertThat(LuceneFeedback.expand(s, stops, Sort.RELEVANCE, WORDS)).isSameAs(stops);
  }

  /** Pairs of title and body. */
  private static IndexSearcher searcher(String... titlesAndBodies) throws Exception {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(WORDS))) {
      for (int i = 0; i < titlesAndBodies.length; i += 2) {
        Document d = new Document();
        d.add(new TextField(ArticleDocuments.TITLE, titlesAndBodies[i], Field.Store.YES));
        d.add(
            new StoredField(
                ArticleDocuments.JSON,
                ArticleDocuments.json(
                    Article.builder()
                        .id("a" + i)
                        .title(titlesAndBodies[i])
                        .body(List.of(titlesAndBodies[i + 1]))
                        .build())));
        d.add(
            new TextField(
                ArticleDocuments.TEXT,
                Feedback.text(titlesAndBodies[i], titlesAndBodies[i + 1]),
                Field.Store.NO));
        w.addDocument(d);
      }
    }
    return new IndexSearcher(DirectoryReader.open(dir));
  }
}
