package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Source;
import ir.khabar.core.search.SearchJson;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's total: every matching article up to {@link SearchResult#EXACT_TOTAL}, counted by the
 * ranking itself; past it exact where the index knows the count without reading the matches (one
 * word), else a lower bound said to be one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTotalsTest {
  private static final int ARTICLES = SearchResult.EXACT_TOTAL + 500;
  private static final String[] CITIES = {"تبریز", "شیراز", "مشهد", "اصفهان", "یزد"};

  @TempDir static Path dir;
  private LuceneSearchEngine engine;

  @BeforeAll
  void index() throws IOException {
    engine = LuceneSearchEngine.open(dir);
    ZonedDateTime day = ZonedDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneId.of("Asia/Tehran"));
    for (int i = 0; i < ARTICLES; i++) {
      String city = CITIES[i % CITIES.length];
      String rain = i % 100 == 0 ? " و باران سیل\u200cآسا جاده\u200cها را بست" : "";
      engine.add(
          Article.builder()
              .id("a" + i)
              .source(new Source("isna", "ایسنا"))
              .published(day.plusMinutes(i))
              .title("گزارش شماره " + i + " از " + city)
              .body(
                  List.of(
                      "خبرنگار ما در "
                          + city
                          + " از بازار و قیمت\u200cها گزارش داد"
                          + rain
                          + ". بازار امروز شلوغ بود و خریداران بسیار بودند."))
              .build());
    }
    engine.commit();
  }

  @AfterAll
  void close() throws IOException {
    engine.close();
  }

  private SearchResult search(String query) throws IOException {
    return engine.search(SearchRequest.search(query).limit(10).build());
  }

  private long total(String query) throws IOException {
    SearchResult result = search(query);
    assertThat(result.totalExact()).as(query).isTrue();
    return result.total();
  }

  @Test
  void fewMatchesAreCountedByTheRankingItself() throws IOException {
    assertThat(total("باران")).isEqualTo(ARTICLES / 100);
    assertThat(total("\"باران سیل\u200cآسا\"")).isEqualTo(ARTICLES / 100);
    assertThat(total("تبریز")).isEqualTo(ARTICLES / CITIES.length);
    assertThat(total("\"از تبریز\"")).isEqualTo(ARTICLES / CITIES.length);
  }

  @Test
  void oneWordIsCountedExactlyPastTheThreshold() throws IOException {
    assertThat(total("بازار")).isEqualTo(ARTICLES);
    assertThat(engine.search(SearchRequest.search("بازار").newestFirst().build()).total())
        .isEqualTo(ARTICLES);
    assertThat(engine.browse(SearchRequest.browse().limit(10).build()).total()).isEqualTo(ARTICLES);
  }

  @Test
  void aPhrasePastTheThresholdIsALowerBoundSaidToBeOne() throws IOException {
    SearchResult result = search("\"بازار امروز شلوغ\"");
    assertThat(result.totalExact()).isFalse();
    assertThat(result.total()).isBetween((long) SearchResult.EXACT_TOTAL, (long) ARTICLES);
    assertThat(result.hits()).hasSize(10);
    assertThat(SearchJson.toJson(result).get("totalExact").asBoolean(true)).isFalse();
    assertThat(SearchJson.toJson(search("باران")).has("totalExact")).isFalse();
  }

  @Test
  void wordsEveryArticleHoldsAreCountedExactlyTogether() throws IOException {
    assertThat(total("خریداران قیمت\u200cها")).isEqualTo(ARTICLES);
  }
}
