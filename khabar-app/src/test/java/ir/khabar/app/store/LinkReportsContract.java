package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.app.store.LinkReport.Status;
import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.Source;
import ir.khabar.core.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports of wrong links, whichever database holds them: pending until decided once, counted per
 * address for the rate limit, and the confirmed ones read back as corrections.
 */
abstract class LinkReportsContract {
  static final Instant T = Instant.parse("2025-03-20T09:30:00Z");
  Database db;
  LinkReports reports;

  abstract Database openNew() throws Exception;

  @BeforeEach
  void open() throws Exception {
    db = openNew();
    reports = new LinkReports(db);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aReportWaitsIsDecidedOnceAndConfirmedOnesAreCorrections() {
    String note = "این «ظریف» صفت است، نه وزیر\u200cپیشین 👍";
    long a = reports.submit("a1", "mohammad-javad-zarif", "محمدجواد ظریف", note, "addr-1", T);
    long b = reports.submit("a2", "country-ru", "روسیه", "", "addr-1", T.plusSeconds(1));
    assertThat(reports.withStatus(Status.PENDING, 10))
        .containsExactly(
            new LinkReport(
                a, "a1", "mohammad-javad-zarif", "محمدجواد ظریف", note, Status.PENDING, T),
            new LinkReport(b, "a2", "country-ru", "روسیه", "", Status.PENDING, T.plusSeconds(1)));
    assertThat(reports.corrections().size()).isZero();

    assertThat(reports.decide(a, Status.CONFIRMED, T)).isTrue();
    assertThat(reports.decide(a, Status.DISMISSED, T)).isFalse(); // decided already
    assertThat(reports.decide(b, Status.DISMISSED, T)).isTrue();
    assertThat(reports.decide(999, Status.CONFIRMED, T)).isFalse();
    assertThat(reports.count(Status.PENDING)).isZero();
    assertThat(reports.count(Status.CONFIRMED)).isEqualTo(1);

    Article article =
        Article.builder()
            .id("a1")
            .url("https://example.ir/a1")
            .source(new Source("x", "ایکس"))
            .title("t")
            .lead("")
            .body(List.of("b"))
            .entities(
                List.of(
                    new Entity(Entity.Type.PERSON, "mohammad-javad-zarif", "ظریف", 1, null),
                    new Entity(Entity.Type.COUNTRY, "country-ru", "روسیه", 1, null)))
            .build();
    assertThat(reports.corrections().apply(article).entities())
        .extracting(Entity::id)
        .containsExactly("country-ru");
  }

  @Test
  void reportsAreCountedPerAddressSinceATime() {
    reports.submit("a1", "e", "ای", "", "addr-1", T);
    reports.submit("a1", "e", "ای", "", "addr-1", T.plus(Duration.ofMinutes(5)));
    reports.submit("a1", "e", "ای", "", "addr-2", T.plus(Duration.ofMinutes(5)));
    assertThat(reports.submittedSince("addr-1", T)).isEqualTo(2);
    assertThat(reports.submittedSince("addr-1", T.plusSeconds(1))).isEqualTo(1);
    assertThat(reports.submittedSince("addr-3", T)).isZero();
  }
}
