package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.khabar.app.store.ReaderComment.Status;
import ir.khabar.core.store.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the stores promise, whichever database is under them: each subclass gives one a fresh
 * database.
 */
abstract class StoreContract {
  static final Instant T = Instant.parse("2025-03-20T09:30:00Z");
  static final LocalDate DAY = LocalDate.of(2025, 3, 21);
  static final String ARTICLE = "a1b2c3d4e5f60718";
  static final String NAME = "مریم رضایی";
  static final String EMAIL = "maryam@example.ir";
  static final String TEXT =
      "همکاری\u200cهای دو کشور گسترش می\u200cیابد 🇮🇷👍\nسطر دوم، با «گیومه» و ۱۲۳۴";

  Database db;
  CommentStore comments;
  ViewStore views;
  Settings settings;

  /** Opens a new, empty store for one test. */
  abstract Database openNew() throws Exception;

  /** Opens the store {@link #openNew} made once more, as the site does when it restarts. */
  abstract Database openAgain() throws Exception;

  @BeforeEach
  void open() throws Exception {
    use(openNew());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private void use(Database d) {
    db = d;
    comments = new CommentStore(d);
    views = new ViewStore(d);
    settings = new Settings(d);
  }

  private long submit(String article, String text, String address, Instant at) {
    return comments.submit(article, NAME, EMAIL, text, address, at);
  }

  @Test
  void submittedCommentWaitsAndRoundTripsExactly() {
    long id = submit(ARTICLE, TEXT, "addr-1", T);

    assertThat(comments.counts(ARTICLE)).isEqualTo(new CommentStore.Counts(0, 1));
    assertThat(comments.approved(ARTICLE)).isEmpty();
    assertThat(comments.count(Status.PENDING)).isEqualTo(1);
    assertThat(comments.withStatus(Status.PENDING, 10))
        .containsExactly(new ReaderComment(id, ARTICLE, NAME, EMAIL, TEXT, Status.PENDING, T));
    ReaderComment back = comments.withStatus(Status.PENDING, 10).get(0);
    assertThat(back.text().codePoints().toArray()).isEqualTo(TEXT.codePoints().toArray());
    assertThat(back.text()).contains("\u200c").contains("👍");
  }

  @Test
  void textIsStoredAsGivenNotNormalized() {
    // Arabic kaf and yeh, ZWNJ, right-to-left mark, combining fatha, emoji with modifier: all kept
    // as they are.
    List<String> texts =
        List.of(
            "كتاب علي",
            "کتاب علی",
            "می\u200cروم\u200f",
            "سَلام",
            "👩🏽\u200d💻 برنامه\u200cنویس",
            "'; DROP TABLE x; --");
    for (String text : texts) {
      long id = submit("texts", text, "addr", T);
      assertThat(comments.decide(id, Status.APPROVED, T)).isTrue();
    }
    assertThat(comments.approved("texts"))
        .extracting(ReaderComment::text)
        .containsExactlyElementsOf(texts);
  }

  @Test
  void approvedListsOnlyApprovedCommentsOfTheArticleOldestFirst() {
    long later = submit(ARTICLE, "دومی", "addr", T.plusSeconds(60));
    long earlier = submit(ARTICLE, "اولی", "addr", T);
    long rejected = submit(ARTICLE, "رد شده", "addr", T.plusSeconds(30));
    submit(ARTICLE, "در انتظار", "addr", T.plusSeconds(90));
    long elsewhere = submit("another", "خبر دیگر", "addr", T);

    assertThat(comments.decide(later, Status.APPROVED, T.plusSeconds(120))).isTrue();
    assertThat(comments.decide(earlier, Status.APPROVED, T.plusSeconds(120))).isTrue();
    assertThat(comments.decide(rejected, Status.REJECTED, T.plusSeconds(120))).isTrue();
    assertThat(comments.decide(elsewhere, Status.APPROVED, T.plusSeconds(120))).isTrue();

    assertThat(comments.approved(ARTICLE))
        .extracting(ReaderComment::id)
        .containsExactly(earlier, later);
    assertThat(comments.approved(ARTICLE)).allMatch(c -> c.status() == Status.APPROVED);
    assertThat(comments.counts(ARTICLE)).isEqualTo(new CommentStore.Counts(2, 1));
    assertThat(comments.counts("no-such-article")).isEqualTo(new CommentStore.Counts(0, 0));
    assertThat(comments.count(Status.APPROVED)).isEqualTo(3);
    assertThat(comments.count(Status.REJECTED)).isEqualTo(1);
    assertThat(comments.count(Status.PENDING)).isEqualTo(1);
  }

  @Test
  void decideChangesTheStateOnceAndRefusesUnknownIdsAndPending() {
    long id = submit(ARTICLE, TEXT, "addr", T);

    assertThat(comments.decide(id + 1000, Status.APPROVED, T)).isFalse();
    assertThat(comments.decide(id, Status.REJECTED, T)).isTrue();
    assertThat(comments.withStatus(Status.REJECTED, 10))
        .extracting(ReaderComment::id)
        .containsExactly(id);
    assertThat(comments.decide(id, Status.APPROVED, T))
        .as("a moderator may change their mind")
        .isTrue();
    assertThat(comments.withStatus(Status.REJECTED, 10)).isEmpty();
    assertThat(comments.approved(ARTICLE)).extracting(ReaderComment::id).containsExactly(id);
    assertThatThrownBy(() -> comments.decide(id, Status.PENDING, T))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pendingIsOldestFirstAndDecidedNewestFirstWithinTheLimit() {
    long b = submit("x", "b", "addr", T.plusSeconds(10));
    long a = submit("x", "a", "addr", T);
    long c1 = submit("x", "c1", "addr", T.plusSeconds(20));
    long c2 = submit("x", "c2", "addr", T.plusSeconds(20));

    assertThat(comments.withStatus(Status.PENDING, 10))
        .extracting(ReaderComment::id)
        .containsExactly(a, b, c1, c2);
    assertThat(comments.withStatus(Status.PENDING, 2))
        .extracting(ReaderComment::id)
        .containsExactly(a, b);

    for (long id : List.of(a, b, c1, c2)) {
      comments.decide(id, Status.APPROVED, T.plusSeconds(60));
    }
    assertThat(comments.withStatus(Status.APPROVED, 10))
        .extracting(ReaderComment::id)
        .containsExactly(c2, c1, b, a);
    assertThat(comments.withStatus(Status.APPROVED, 3))
        .extracting(ReaderComment::id)
        .containsExactly(c2, c1, b);
    assertThat(comments.withStatus(Status.PENDING, 10)).isEmpty();
  }

  @Test
  void submittedSinceCountsOneAddressFromTheInstantOn() {
    submit(ARTICLE, "۱", "addr-A", T.minus(Duration.ofHours(2)));
    submit(ARTICLE, "۲", "addr-A", T.minus(Duration.ofMinutes(30)));
    submit("another", "۳", "addr-A", T);
    submit(ARTICLE, "۴", "addr-B", T);

    assertThat(comments.submittedSince("addr-A", T.minus(Duration.ofHours(1)))).isEqualTo(2);
    assertThat(comments.submittedSince("addr-A", T)).as("the instant itself counts").isEqualTo(1);
    assertThat(comments.submittedSince("addr-A", T.plusMillis(1))).isZero();
    assertThat(comments.submittedSince("addr-A", T.minus(Duration.ofDays(1)))).isEqualTo(3);
    assertThat(comments.submittedSince("addr-C", T.minus(Duration.ofDays(1)))).isZero();
  }

  @Test
  void worksUnderATurkishDefaultLocale() throws Exception {
    // There "I".toLowerCase() is a dotless "ı": "PENDING" would become "pendıng", "SQLITE"
    // "sqlıte".
    db.close();
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      use(openNew());
      long id = submit(ARTICLE, TEXT, "addr", T);
      assertThat(comments.withStatus(Status.PENDING, 10))
          .extracting(ReaderComment::id)
          .containsExactly(id);
      assertThat(comments.count(Status.PENDING)).isEqualTo(1);
      assertThat(comments.decide(id, Status.APPROVED, T)).isTrue();
      assertThat(comments.approved(ARTICLE))
          .extracting(ReaderComment::status)
          .containsExactly(Status.APPROVED);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void adminSessionsOpenCloseAndExpire() {
    AdminSessions sessions = new AdminSessions(db);
    sessions.open("session-a", T.plus(Duration.ofHours(8)), T);
    sessions.open("session-b", T.plus(Duration.ofHours(8)), T);
    assertThat(sessions.isOpen("session-a", T)).isTrue();
    assertThat(sessions.isOpen("session-c", T)).isFalse();
    sessions.close("session-a");
    assertThat(sessions.isOpen("session-a", T)).as("closed").isFalse();
    assertThat(sessions.isOpen("session-b", T)).as("the other one stays").isTrue();
    assertThat(sessions.isOpen("session-b", T.plus(Duration.ofHours(8)))).as("expired").isFalse();
  }

  @Test
  void firstSettingWriterWins() {
    assertThat(settings.get("cookie-key")).isEmpty();
    assertThat(settings.putIfAbsent("cookie-key", "کلید نخست")).isEqualTo("کلید نخست");
    assertThat(settings.putIfAbsent("cookie-key", "کلید دوم")).isEqualTo("کلید نخست");
    assertThat(settings.get("cookie-key")).hasValue("کلید نخست");
    assertThat(settings.putIfAbsent("admin-hash", "$argon2id$…")).isEqualTo("$argon2id$…");
  }

  @Test
  void reopeningKeepsTheDataAndMigratesOnlyOnce() throws Exception {
    long id = submit(ARTICLE, TEXT, "addr", T);
    views.record(ARTICLE, "visitor-1", "from visitor-1", DAY);
    settings.putIfAbsent("cookie-key", "۴۲");
    db.close();

    for (int i = 0; i < 2; i++) {
      use(openAgain());
      assertThat(comments.withStatus(Status.PENDING, 10))
          .containsExactly(new ReaderComment(id, ARTICLE, NAME, EMAIL, TEXT, Status.PENDING, T));
      assertThat(views.record(ARTICLE, "visitor-1", "from visitor-1", DAY)).isFalse();
      assertThat(views.views(ARTICLE)).isEqualTo(1);
      assertThat(settings.get("cookie-key")).hasValue("۴۲");
      assertThat(migrations()).containsExactly("1 true", "2 true", "3 true", "4 true", "5 true");
      db.close();
    }
    use(openAgain());
    assertThat(submit(ARTICLE, "بعدی", "addr", T))
        .as("ids go on after a restart")
        .isGreaterThan(id);
  }

  /** The versioned migrations Flyway recorded, as "version success". */
  List<String> migrations() throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, success FROM khabar_schema_history "
                    + "WHERE version IS NOT NULL ORDER BY installed_rank")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getBoolean(2));
      }
      return out;
    }
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    int threads = 8;
    int each = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Callable<List<Long>> work =
          () -> {
            go.await();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < each; i++) {
              ids.add(
                  submit(
                      "article-" + i % 5,
                      TEXT + " " + thread + "/" + i,
                      "addr-" + thread,
                      T.plusMillis(i)));
              String visitor = "visitor-" + thread + "-" + i;
              assertThat(views.record("article-" + i % 5, visitor, "from " + visitor, DAY))
                  .isTrue();
              // Every thread also views one article as one and the same visitor: only one of them
              // may count.
              views.record("shared", "same-visitor", "from same-visitor", DAY);
            }
            return ids;
          };
      results.add(pool.submit(work));
    }
    go.countDown();
    Set<Long> ids = new HashSet<>();
    for (Future<List<Long>> f : results) {
      ids.addAll(f.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(ids).hasSize(threads * each);
    assertThat(comments.count(Status.PENDING)).isEqualTo(threads * each);
    for (int t = 0; t < threads; t++) {
      assertThat(comments.submittedSince("addr-" + t, T)).isEqualTo(each);
    }
    long total = 0;
    for (int a = 0; a < 5; a++) {
      assertThat(comments.counts("article-" + a))
          .isEqualTo(new CommentStore.Counts(0, threads * each / 5));
      total += views.views("article-" + a);
    }
    assertThat(total).isEqualTo(threads * each);
    assertThat(views.views("shared")).isEqualTo(1);
  }
}
