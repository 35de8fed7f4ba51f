package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.app.store.ViewStore.Viewed;
import ir.khabar.core.store.Database;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the view counts promise, whichever database is under them: a visitor counts once per article
 * and day, one address as at most a few visitors, and most viewed reads the days from one on.
 */
abstract class ViewStoreContract {
  static final LocalDate DAY = LocalDate.of(2025, 3, 21);
  static final String ARTICLE = "a1b2c3d4e5f60718";

  private Database db;
  private ViewStore views;

  /** Opens a new, empty store for one test. */
  abstract Database openNew() throws Exception;

  @BeforeEach
  void open() throws Exception {
    db = openNew();
    views = new ViewStore(db);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aVisitorCountsOncePerArticleAndDay() {
    assertThat(views.record(ARTICLE, "visitor-1", "from visitor-1", DAY)).isTrue();
    assertThat(views.record(ARTICLE, "visitor-1", "from visitor-1", DAY)).as("a reload").isFalse();
    assertThat(views.views(ARTICLE)).isEqualTo(1);

    assertThat(views.record(ARTICLE, "visitor-2", "from visitor-2", DAY))
        .as("another visitor")
        .isTrue();
    assertThat(views.record(ARTICLE, "visitor-1", "from visitor-1", DAY.plusDays(1)))
        .as("the next day")
        .isTrue();
    assertThat(views.record("another", "visitor-1", "from visitor-1", DAY))
        .as("another article")
        .isTrue();
    assertThat(views.views(ARTICLE)).isEqualTo(3);
    assertThat(views.views("another")).isEqualTo(1);
    assertThat(views.views("never-viewed")).isZero();
  }

  @Test
  void oneAddressCountsAsAtMostAFewVisitorsPerArticleAndDay() {
    for (int i = 0; i < 50; i++) {
      views.record(ARTICLE, "browser-" + i, "one-address", DAY);
    }
    assertThat(views.views(ARTICLE)).isEqualTo(ViewStore.VISITORS_PER_ADDRESS);
    assertThat(views.record(ARTICLE, "browser-60", "another-address", DAY))
        .as("another address")
        .isTrue();
    assertThat(views.record("another", "browser-49", "one-address", DAY))
        .as("another article")
        .isTrue();
    assertThat(views.record(ARTICLE, "browser-49", "one-address", DAY.plusDays(1)))
        .as("the next day")
        .isTrue();
  }

  @Test
  void mostViewedOrdersByViewsFromTheDayOn() {
    view("old", DAY.minusDays(3), 5);
    view("b", DAY, 1);
    view("b", DAY.plusDays(1), 1);
    view("a", DAY.plusDays(1), 2);
    view("c", DAY, 3);

    assertThat(views.mostViewed(DAY, 10))
        .as("ties by article id")
        .containsExactly(new Viewed("c", 3), new Viewed("a", 2), new Viewed("b", 2));
    assertThat(views.mostViewed(DAY, 2)).containsExactly(new Viewed("c", 3), new Viewed("a", 2));
    assertThat(views.mostViewed(DAY.plusDays(1), 10))
        .containsExactly(new Viewed("a", 2), new Viewed("b", 1));
    assertThat(views.mostViewed(DAY.minusDays(3), 1)).containsExactly(new Viewed("old", 5));
    assertThat(views.mostViewed(DAY.plusDays(2), 10)).isEmpty();
  }

  @Test
  void mostViewedComparesDaysAcrossMonthsAndYears() {
    view("december", LocalDate.of(2024, 12, 31), 1);
    view("january", LocalDate.of(2025, 1, 1), 1);
    view("october", LocalDate.of(2025, 10, 2), 1);

    assertThat(views.mostViewed(LocalDate.of(2025, 1, 1), 10))
        .extracting(Viewed::articleId)
        .containsExactly("january", "october");
    assertThat(views.mostViewed(LocalDate.of(2025, 9, 30), 10))
        .extracting(Viewed::articleId)
        .containsExactly("october");
  }

  @Test
  void forgettingVisitorsKeepsTheCounts() {
    view(ARTICLE, DAY, 2);
    view(ARTICLE, DAY.plusDays(1), 3);

    assertThat(views.forgetVisitorsBefore(DAY.plusDays(1))).isEqualTo(2);
    assertThat(views.forgetVisitorsBefore(DAY.plusDays(1))).isZero();
    assertThat(views.views(ARTICLE)).isEqualTo(5);
    assertThat(views.mostViewed(DAY, 10)).containsExactly(new Viewed(ARTICLE, 5));
    assertThat(views.record(ARTICLE, "visitor-0", "from visitor-0", DAY.plusDays(1)))
        .as("that day's visitors are still known")
        .isFalse();
  }

  private void view(String article, LocalDate day, int visitors) {
    for (int i = 0; i < visitors; i++) {
      assertThat(views.record(article, "visitor-" + i, "from visitor-" + i, day)).isTrue();
    }
  }
}
