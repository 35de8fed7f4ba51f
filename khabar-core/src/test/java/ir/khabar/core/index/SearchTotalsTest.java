package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Source;
import ir.khabar.core.search.SearchRequest;
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
 * A page's total is every matching article, whether the ranking counted them all itself (few
 * matches) or skipped some and the total was counted apart (past Lucene's 1,000).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTotalsTest {
  private static final int ARTICLES = 1_500;
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

  private long total(String query) throws IOException {
    return engine.search(SearchRequest.search(query).limit(10).build()).total();
  }

  @Test
  void fewMatchesAreCountedByTheRankingItself() throws IOException {
    assertThat(total("باران")).isEqualTo(ARTICLES / 100);
    assertThat(total("\"باران سیل\u200cآسا\"")).isEqualTo(ARTICLES / 100);
    assertThat(total("تبریز")).isEqualTo(ARTICLES / CITIES.length);
  }

  @Test
  void manyMatchesAreAllCountedThoughTheRankingSkipsSome() throws IOException {
    assertThat(total("بازار")).isEqualTo(ARTICLES);
    assertThat(total("\"بازار امروز شلوغ\"")).isEqualTo(ARTICLES);
    assertThat(total("خریداران قیمت\u200cها")).isEqualTo(ARTICLES);
    assertThat(engine.search(SearchRequest.search("بازار").newestFirst().build()).total())
        .isEqualTo(ARTICLES);
  }
}
