package ir.khabar.core.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class EvenScoresTest {
  private static Query stop(String w) {
    return new TermQuery(new Term(ArticleDocuments.STOPS, w));
  }

  private static Query text(String w) {
    return new TermQuery(new Term(ArticleDocuments.TEXT, w));
  }

  private static Query all(Occur occur, Query... qs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) {
      b.add(q, occur);
    }
    return b.build();
  }

  @Test
  void aStopwordAloneOrStopwordsAllRequiredScoreEvenly() {
    assertThat(EvenScores.of(stop("است"))).isTrue();
    assertThat(EvenScores.of(all(Occur.MUST, stop("از"), stop("این")))).isTrue();
    assertThat(EvenScores.of(all(Occur.SHOULD, stop("است")))).isTrue();
  }

  @Test
  void filtersDoNotScore() {
    Query dated =
        new BooleanQuery.Builder()
            .add(stop("است"), Occur.MUST)
            .add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED, 0, 10), Occur.FILTER)
            .add(text("ایران"), Occur.MUST_NOT)
            .build();
    assertThat(EvenScores.of(dated)).isTrue();
  }

  @Test
  void wordsOfTheTextAndOptionalStopwordsRankTheirMatches() {
    assertThat(EvenScores.of(text("ایران"))).as("term frequency and length count").isFalse();
    assertThat(EvenScores.of(all(Occur.MUST, stop("است"), text("ایران")))).isFalse();
    assertThat(EvenScores.of(all(Occur.SHOULD, stop("از"), stop("این"))))
        .as("an article with both stopwords scores higher than one with either")
        .isFalse();
    assertThat(EvenScores.of(new PhraseQuery(ArticleDocuments.TEXT, "سفر", "مسکو"))).isFalse();
    assertThat(
            EvenScores.of(
                new BooleanQuery.Builder()
                    .add(stop("است"), Occur.MUST)
                    .add(new BoostQuery(text("است"), 2f), Occur.SHOULD)
                    .build()))
        .as("a title boost ranks")
        .isFalse();
  }
}
