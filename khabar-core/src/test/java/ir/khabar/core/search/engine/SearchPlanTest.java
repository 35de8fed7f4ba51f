package ir.khabar.core.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Source;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import java.time.LocalDate;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** What a request asks of every engine: one plan, so the engines cannot drift apart on it. */
class SearchPlanTest {
  private static final Analyzer QUERY = KhabarAnalyzer.forQuery();

  @Test
  void aRankedAnyTermSearchIsRankedWithFeedbackAndMarked() {
    SearchPlan plan =
        SearchPlan.search(
            SearchRequest.search("زلزله بم").anyTerm().limit(10).offset(20).build(),
            QUERY,
            t -> 1,
            PrefixTerms.NONE);
    assertThat(plan.order()).isEqualTo(ResultOrder.MOST_RELEVANT_FIRST);
    assertThat(plan.feedback()).isTrue();
    assertThat(plan.marked()).isNotNull();
    assertThat(plan.fetch()).isEqualTo((20 + 10) * 4 + 20);
    assertThat(plan.understood()).isEqualTo("زلزله بم");
  }

  @Test
  void allTermsOrNewestFirstIsNotRankedWithFeedback() {
    assertThat(
            SearchPlan.search(SearchRequest.of("زلزله بم"), QUERY, t -> 1, PrefixTerms.NONE)
                .feedback())
        .isFalse();
    SearchPlan newest =
        SearchPlan.search(
            SearchRequest.search("زلزله").anyTerm().newestFirst().build(),
            QUERY,
            t -> 1,
            PrefixTerms.NONE);
    assertThat(newest.order()).isEqualTo(ResultOrder.NEWEST_FIRST);
    assertThat(newest.feedback()).isFalse();
    assertThat(newest.snippets()).isTrue();
  }

  @Test
  void stopwordsAloneAreReadNewestFirstWhereRelevanceWouldTieOnEveryAnswer() {
    assertThat(order("است")).isEqualTo(ResultOrder.NEWEST_FIRST);
    assertThat(order("\"از این\"")).isEqualTo(ResultOrder.NEWEST_FIRST);
    assertThat(order("است ایران")).isEqualTo(ResultOrder.MOST_RELEVANT_FIRST);
    assertThat(order("ایران")).isEqualTo(ResultOrder.MOST_RELEVANT_FIRST);
    assertThat(
            SearchPlan.search(
                    SearchRequest.search("از این").anyTerm().build(),
                    QUERY,
                    t -> 1,
                    PrefixTerms.NONE)
                .order())
        .as("any of several stopwords: an article with both ranks first")
        .isEqualTo(ResultOrder.MOST_RELEVANT_FIRST);
  }

  private static ResultOrder order(String query) {
    return SearchPlan.search(SearchRequest.of(query), QUERY, t -> 1, PrefixTerms.NONE).order();
  }

  @Test
  void aBrowseIsNewestFirstWithItsFiltersAndNothingToMark() {
    SearchPlan plan =
        SearchPlan.browse(
            SearchRequest.browse()
                .source("ایسنا")
                .days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))
                .build());
    assertThat(plan.order()).isEqualTo(ResultOrder.NEWEST_FIRST);
    assertThat(plan.snippets()).isFalse();
    assertThat(plan.marked()).isNull();
    assertThat(plan.query().toString())
        .contains(ArticleDocuments.SOURCE + ":")
        .contains(ArticleDocuments.PUBLISHED);
  }

  @Test
  void wordsThatLeaveNothingToSearchPlanNothing() {
    assertThat(SearchPlan.search(SearchRequest.of("؟!"), QUERY, t -> 0, PrefixTerms.NONE)).isNull();
    assertThat(SearchPlan.nothing(SearchRequest.of("؟!")).hits()).isEmpty();
  }

  @Test
  void aHitWithNoMarkedPassageOpensWithTheArticleAndCountsNoNegativeVersions() {
    Article a =
        Article.builder()
            .id("x")
            .title("زمین\u200cلرزه در بم")
            .source(new Source("isna", "ایسنا"))
            .build();
    Hit hit = SearchPlan.hit(a, null, Float.NaN, -1);
    assertThat(hit.snippet()).isEqualTo(Snippets.opening(a)).contains("بم");
    assertThat(hit.score()).isZero();
    assertThat(hit.moreInStory()).isZero();
  }
}
