package ir.khabar.app.store;

import ir.khabar.app.store.Follow.Frequency;
import ir.khabar.app.store.Follow.Kind;
import ir.khabar.app.store.Follow.State;
import ir.khabar.core.store.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows and their outbox. A delivery is written in the same transaction that advances its
 * follow's high-water mark and records which articles it carries, and is marked sent only after the
 * receiver took it: a restart neither loses a delivery nor gives a follow an article twice.
 */
public final class FollowStore {
  private static final String COLUMNS =
      "f.id, f.kind, f.query, f.filters, f.target, f.secret, f.frequency, f.state, f.failures, "
          + "f.high_water, f.start_at, f.created_at, f.confirm_token, f.unsubscribe_token";
  private final Sql sql;

  public FollowStore(Database db) {
    this.sql = new Sql(db.dataSource());
  }

  /**
   * A follow as asked for; {@code requester} is the asker's keyed address hash, {@code
   * confirmToken} null when no confirmation is needed (a webhook, made by the admin).
   */
  public record NewFollow(
      Kind kind,
      String query,
      String filters,
      String target,
      String secret,
      Frequency frequency,
      String requester,
      String confirmToken,
      String unsubscribeToken) {}

  /**
   * Stores a follow searched from {@code now} on: active at once, or pending with its confirmation
   * mail in the outbox when it has a confirmation token.
   */
  public Follow create(NewFollow f, Instant now) {
    long id =
        sql.inTransaction(
            c -> {
              State state = f.confirmToken() == null ? State.ACTIVE : State.PENDING;
              long created =
                  Sql.query(
                          c,
                          "INSERT INTO follow (kind, query, filters, target, secret, frequency, state, "
                              + "failures, high_water, start_at, created_at, requester, confirm_token, "
                              + "unsubscribe_token) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?) "
                              + "RETURNING id",
                          rs -> rs.getLong(1),
                          Follow.sql(f.kind()),
                          f.query(),
                          f.filters(),
                          f.target(),
                          f.secret(),
                          Follow.sql(f.frequency()),
                          Follow.sql(state),
                          now.toEpochMilli(),
                          now.toEpochMilli(),
                          now.toEpochMilli(),
                          f.requester(),
                          f.confirmToken(),
                          f.unsubscribeToken())
                      .get(0);
              if (state == State.PENDING) {
                insertDelivery(c, created, Delivery.Kind.CONFIRMATION, "{}", now);
              }
              return created;
            });
    return get(id).orElseThrow();
  }

  public Optional<Follow> get(long id) {
    return sql
        .query("SELECT " + COLUMNS + " FROM follow f WHERE f.id = ?", FollowStore::row, id)
        .stream()
        .findFirst();
  }

  /** Every follow, the newest first: the admin's list. */
  public List<Follow> list(int limit) {
    return sql.query(
        "SELECT " + COLUMNS + " FROM follow f ORDER BY f.created_at DESC, f.id DESC LIMIT ?",
        FollowStore::row,
        limit);
  }

  /** The follows whose searches are run: confirmed and not paused. */
  public List<Follow> active() {
    return sql.query(
        "SELECT " + COLUMNS + " FROM follow f WHERE f.state = 'active' ORDER BY f.id",
        FollowStore::row);
  }

  /** Confirms the pending follow with this token; it is searched from {@code now} on. */
  public Optional<Follow> confirm(String token, Instant now) {
    Optional<Follow> f =
        sql
            .query(
                "SELECT " + COLUMNS + " FROM follow f WHERE f.confirm_token = ?",
                FollowStore::row,
                token)
            .stream()
            .findFirst();
    f.ifPresent(
        x ->
            sql.update(
                "UPDATE follow SET state = 'active', high_water = ?, start_at = ?, "
                    + "confirm_token = NULL WHERE id = ? AND state = 'pending'",
                now.toEpochMilli(),
                now.toEpochMilli(),
                x.id()));
    return f.flatMap(x -> get(x.id()));
  }

  public Optional<Follow> byUnsubscribeToken(String token) {
    return sql
        .query(
            "SELECT " + COLUMNS + " FROM follow f WHERE f.unsubscribe_token = ?",
            FollowStore::row,
            token)
        .stream()
        .findFirst();
  }

  /** Removes a follow with its outbox and its record of articles; false when there is none. */
  public boolean remove(long id) {
    return sql.inTransaction(
        c -> {
          Sql.update(c, "DELETE FROM follow_article WHERE follow_id = ?", id);
          Sql.update(c, "DELETE FROM follow_delivery WHERE follow_id = ?", id);
          return Sql.update(c, "DELETE FROM follow WHERE id = ?", id) == 1;
        });
  }

  /** A paused follow goes on: its failures are forgiven and its waiting deliveries sent soon. */
  public boolean resume(long id, Instant now) {
    return sql.inTransaction(
        c -> {
          Sql.update(
              c,
              "UPDATE follow_delivery SET next_attempt_at = ? WHERE follow_id = ? AND sent_at IS NULL",
              now.toEpochMilli(),
              id);
          return Sql.update(
                  c,
                  "UPDATE follow SET state = 'active', failures = 0 WHERE id = ? AND state = 'paused'",
                  id)
              == 1;
        });
  }

  /** How many follows were asked for this target since then: the per-address rate limit. */
  public long createdForTarget(String target, Instant since) {
    return sql.count(
        "SELECT count(*) FROM follow WHERE target = ? AND created_at >= ?",
        target,
        since.toEpochMilli());
  }

  /** How many follows this client address (keyed hash) asked for since then. */
  public long createdByRequester(String requester, Instant since) {
    return sql.count(
        "SELECT count(*) FROM follow WHERE requester = ? AND created_at >= ?",
        requester,
        since.toEpochMilli());
  }

  /**
   * Records a search of the index up to {@code highWater}: of the {@code candidates} (article ids,
   * in the order to send them), those this follow was never given go into one new delivery, whose
   * payload {@code payload} makes of them. Empty when there was nothing new, or the follow is gone
   * or no longer active.
   */
  public Optional<Long> recordMatches(
      long followId,
      Instant highWater,
      List<String> candidates,
      Function<List<String>, String> payload,
      Instant now) {
    return sql.inTransaction(
        c -> {
          int advanced =
              Sql.update(
                  c,
                  "UPDATE follow SET high_water = ? WHERE id = ? AND state = 'active'",
                  highWater.toEpochMilli(),
                  followId);
          if (advanced == 0 || candidates.isEmpty()) {
            return Optional.empty();
          }
          Set<String> given = given(c, followId, candidates);
          List<String> fresh = candidates.stream().filter(id -> !given.contains(id)).toList();
          if (fresh.isEmpty()) {
            return Optional.empty();
          }
          long delivery =
              insertDelivery(c, followId, Delivery.Kind.ALERT, payload.apply(fresh), now);
          for (String article : fresh) {
            Sql.update(
                c,
                "INSERT INTO follow_article (follow_id, article_id, delivery_id) VALUES (?, ?, ?)",
                followId,
                article,
                delivery);
          }
          return Optional.of(delivery);
        });
  }

  private static Set<String> given(Connection c, long followId, List<String> candidates)
      throws SQLException {
    String marks = String.join(", ", Collections.nCopies(candidates.size(), "?"));
    List<Object> args = new ArrayList<>();
    args.add(followId);
    args.addAll(candidates);
    return new HashSet<>(
        Sql.query(
            c,
            "SELECT article_id FROM follow_article WHERE follow_id = ? AND article_id IN ("
                + marks
                + ")",
            rs -> rs.getString(1),
            args.toArray()));
  }

  private static long insertDelivery(
      Connection c, long followId, Delivery.Kind kind, String payload, Instant now)
      throws SQLException {
    return Sql.query(
            c,
            "INSERT INTO follow_delivery (follow_id, kind, payload, created_at, attempts, "
                + "next_attempt_at) VALUES (?, ?, ?, ?, 0, ?) RETURNING id",
            rs -> rs.getLong(1),
            followId,
            Follow.sql(kind),
            payload,
            now.toEpochMilli(),
            now.toEpochMilli())
        .get(0);
  }

  /**
   * Deliveries to send now, the oldest first: alerts of active follows, and confirmations of
   * pending ones.
   */
  public List<Delivery> due(Instant now, int limit) {
    return sql.query(
        "SELECT d.id, d.kind, d.payload, d.attempts, "
            + COLUMNS
            + " FROM follow_delivery d JOIN follow f ON f.id = d.follow_id "
            + "WHERE d.sent_at IS NULL AND d.next_attempt_at <= ? AND (f.state = 'active' "
            + "OR (d.kind = 'confirmation' AND f.state = 'pending')) ORDER BY d.id LIMIT ?",
        rs ->
            new Delivery(
                rs.getLong(1),
                Follow.ofSql(Delivery.Kind.class, rs.getString(2)),
                rs.getString(3),
                rs.getInt(4),
                row(rs, 4)),
        now.toEpochMilli(),
        limit);
  }

  /** The receiver took the delivery: it is never sent again, and the follow's failures end. */
  public void sent(Delivery d, Instant now) {
    sql.inTransaction(
        c -> {
          Sql.update(
              c,
              "UPDATE follow_delivery SET sent_at = ?, attempts = attempts + 1, last_error = NULL "
                  + "WHERE id = ?",
              now.toEpochMilli(),
              d.id());
          return Sql.update(c, "UPDATE follow SET failures = 0 WHERE id = ?", d.follow().id());
        });
  }

  /**
   * The delivery failed: it is tried again at {@code next}, and the follow is paused once it has
   * failed {@code maxFailures} times in a row. True when this failure paused it.
   */
  public boolean failed(Delivery d, Instant next, String error, int maxFailures) {
    return sql.inTransaction(
        c -> {
          Sql.update(
              c,
              "UPDATE follow_delivery SET attempts = attempts + 1, next_attempt_at = ?, "
                  + "last_error = ? WHERE id = ?",
              next.toEpochMilli(),
              error,
              d.id());
          Sql.update(c, "UPDATE follow SET failures = failures + 1 WHERE id = ?", d.follow().id());
          return Sql.update(
                  c,
                  "UPDATE follow SET state = 'paused' WHERE id = ? AND state = 'active' "
                      + "AND failures >= ?",
                  d.follow().id(),
                  maxFailures)
              == 1;
        });
  }

  /** The articles a follow has been given, in the order they were recorded. */
  public List<String> givenArticles(long followId) {
    return sql.query(
        "SELECT article_id FROM follow_article WHERE follow_id = ? ORDER BY delivery_id, article_id",
        rs -> rs.getString(1),
        followId);
  }

  /** Deliveries not yet taken by their receiver. */
  public long waiting(long followId) {
    return sql.count(
        "SELECT count(*) FROM follow_delivery WHERE follow_id = ? AND sent_at IS NULL", followId);
  }

  private static Follow row(ResultSet rs) throws SQLException {
    return row(rs, 0);
  }

  private static Follow row(ResultSet rs, int skip) throws SQLException {
    int i = skip;
    return new Follow(
        rs.getLong(++i),
        Follow.ofSql(Kind.class, rs.getString(++i)),
        rs.getString(++i),
        rs.getString(++i),
        rs.getString(++i),
        rs.getString(++i),
        Follow.ofSql(Frequency.class, rs.getString(++i)),
        Follow.ofSql(State.class, rs.getString(++i)),
        rs.getInt(++i),
        Instant.ofEpochMilli(rs.getLong(++i)),
        Instant.ofEpochMilli(rs.getLong(++i)),
        Instant.ofEpochMilli(rs.getLong(++i)),
        rs.getString(++i),
        rs.getString(++i));
  }
}
