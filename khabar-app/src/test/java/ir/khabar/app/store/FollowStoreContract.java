package ir.khabar.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.app.store.Follow.Frequency;
import ir.khabar.app.store.Follow.Kind;
import ir.khabar.app.store.Follow.State;
import ir.khabar.app.store.FollowStore.NewFollow;
import ir.khabar.core.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the follow store promises on any database: the outbox written with the high-water mark, no
 * article twice for one follow (also after reopening), back-off bookkeeping and pausing,
 * confirmation and removal.
 */
abstract class FollowStoreContract {
  static final Instant T = Instant.parse("2025-03-20T09:30:00Z");
  static final String QUERY = "تحریم\u200cهای نفتی";
  static final String FILTERS = "{\"source\":\"irna\",\"country\":\"روسیه\"}";

  Database db;
  FollowStore follows;

  abstract Database openNew() throws Exception;

  abstract Database openAgain() throws Exception;

  @BeforeEach
  void open() throws Exception {
    db = openNew();
    follows = new FollowStore(db);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  Follow webhook() {
    return follows.create(
        new NewFollow(
            Kind.WEBHOOK,
            QUERY,
            FILTERS,
            "https://hooks.example.ir/خبر",
            "secret-1",
            Frequency.IMMEDIATE,
            "",
            null,
            "unsub-w"),
        T);
  }

  Follow email(String address, String requester, String token) {
    return follows.create(
        new NewFollow(
            Kind.EMAIL,
            QUERY,
            "{}",
            address,
            null,
            Frequency.DAILY,
            requester,
            "confirm-" + token,
            "unsub-" + token),
        T);
  }

  static String payload(List<String> ids) {
    return "{\"articles\":" + ids.size() + ",\"متن\":\"" + String.join(",", ids) + "\"}";
  }

  @Test
  void aWebhookIsActiveAtOnceAndRoundTripsItsPersianQuery() {
    Follow f = webhook();
    assertThat(f.state()).isEqualTo(State.ACTIVE);
    assertThat(f.query()).isEqualTo(QUERY);
    assertThat(f.filters()).isEqualTo(FILTERS);
    assertThat(f.target()).isEqualTo("https://hooks.example.ir/خبر");
    assertThat(f.highWater()).isEqualTo(T);
    assertThat(follows.active()).extracting(Follow::id).containsExactly(f.id());
    assertThat(follows.due(T, 10)).isEmpty();
  }

  @Test
  void anEmailFollowWaitsForItsConfirmationWithOnlyTheConfirmationMailDue() {
    Follow f = email("maryam@example.ir", "addr-1", "a");
    assertThat(f.state()).isEqualTo(State.PENDING);
    assertThat(follows.active()).isEmpty();
    assertThat(follows.due(T, 10))
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(Delivery.Kind.CONFIRMATION));
    assertThat(follows.recordMatches(f.id(), T.plusSeconds(60), List.of("x1"), p -> "{}", T))
        .as("a pending follow is not searched")
        .isEmpty();

    assertThat(follows.confirm("confirm-wrong", T)).isEmpty();
    Optional<Follow> confirmed = follows.confirm("confirm-a", T.plusSeconds(30));
    assertThat(confirmed).get().extracting(Follow::state).isEqualTo(State.ACTIVE);
    assertThat(confirmed.get().highWater()).isEqualTo(T.plusSeconds(30));
    assertThat(confirmed.get().start())
        .as("searched from its confirmation")
        .isEqualTo(T.plusSeconds(30));
    assertThat(follows.confirm("confirm-a", T.plusSeconds(90))).as("a token works once").isEmpty();
  }

  @Test
  void anArticleGoesToAFollowOnceEvenAfterReopening() throws Exception {
    Follow f = webhook();
    Optional<Long> first =
        follows.recordMatches(
            f.id(), T.plusSeconds(20), List.of("a1", "a2"), FollowStoreContract::payload, T);
    assertThat(first).isPresent();
    Optional<Long> again =
        follows.recordMatches(
            f.id(), T.plusSeconds(40), List.of("a2", "a1"), FollowStoreContract::payload, T);
    assertThat(again).as("nothing new").isEmpty();
    assertThat(follows.get(f.id()).orElseThrow().highWater()).isEqualTo(T.plusSeconds(40));

    db.close();
    db = openAgain();
    follows = new FollowStore(db);
    Optional<Long> third =
        follows.recordMatches(
            f.id(), T.plusSeconds(60), List.of("a3", "a1"), FollowStoreContract::payload, T);
    assertThat(third).isPresent();
    List<Delivery> due = follows.due(T, 10);
    assertThat(due)
        .extracting(Delivery::payload)
        .containsExactly(payload(List.of("a1", "a2")), payload(List.of("a3")));
    assertThat(follows.givenArticles(f.id())).containsExactly("a1", "a2", "a3");
  }

  @Test
  void failuresBackOffAndPauseTheFollowAndSuccessForgivesThem() {
    Follow f = webhook();
    follows.recordMatches(f.id(), T, List.of("a1"), FollowStoreContract::payload, T);
    Delivery d = follows.due(T, 10).get(0);
    assertThat(follows.failed(d, T.plusSeconds(10), "HTTP 500", 3)).isFalse();
    assertThat(follows.due(T.plusSeconds(5), 10)).as("waits for its next attempt").isEmpty();
    d = follows.due(T.plusSeconds(10), 10).get(0);
    assertThat(d.attempts()).isEqualTo(1);
    follows.sent(d, T.plusSeconds(11));
    assertThat(follows.get(f.id()).orElseThrow().failures()).isZero();
    assertThat(follows.waiting(f.id())).isZero();

    follows.recordMatches(
        f.id(), T.plusSeconds(20), List.of("a2"), FollowStoreContract::payload, T);
    for (int i = 1; i <= 3; i++) {
      Delivery next = follows.due(T.plus(Duration.ofHours(i)), 10).get(0);
      assertThat(follows.failed(next, T.plus(Duration.ofHours(i)), "connection refused", 3))
          .isEqualTo(i == 3);
    }
    Follow paused = follows.get(f.id()).orElseThrow();
    assertThat(paused.state()).isEqualTo(State.PAUSED);
    assertThat(paused.failures()).isEqualTo(3);
    assertThat(follows.due(T.plus(Duration.ofDays(1)), 10))
        .as("nothing goes to a paused follow")
        .isEmpty();
    assertThat(follows.active()).isEmpty();

    assertThat(follows.resume(f.id(), T.plus(Duration.ofDays(1)))).isTrue();
    assertThat(follows.due(T.plus(Duration.ofDays(1)), 10)).hasSize(1);
    assertThat(follows.waiting(f.id())).isEqualTo(1);
  }

  @Test
  void removingAFollowTakesItsOutboxAndUnsubscribeFindsIt() {
    Follow f = email("reza@example.ir", "addr-2", "b");
    assertThat(follows.byUnsubscribeToken("unsub-b"))
        .get()
        .extracting(Follow::id)
        .isEqualTo(f.id());
    assertThat(follows.remove(f.id())).isTrue();
    assertThat(follows.remove(f.id())).isFalse();
    assertThat(follows.get(f.id())).isEmpty();
    assertThat(follows.due(T, 10)).isEmpty();
    assertThat(follows.byUnsubscribeToken("unsub-b")).isEmpty();
  }

  @Test
  void countsWhatAnAddressAndARequesterAskedForRecently() {
    email("maryam@example.ir", "addr-1", "c");
    email("maryam@example.ir", "addr-2", "d");
    email("ali@example.ir", "addr-1", "e");
    assertThat(follows.createdForTarget("maryam@example.ir", T.minusSeconds(60))).isEqualTo(2);
    assertThat(follows.createdForTarget("maryam@example.ir", T.plusSeconds(1))).isZero();
    assertThat(follows.createdByRequester("addr-1", T.minusSeconds(60))).isEqualTo(2);
    assertThat(follows.list(10)).hasSize(3);
  }
}
