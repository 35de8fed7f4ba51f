package ir.khabar.app.store;

import java.time.Instant;

/**
 * What the tables readers write to and moderators decide share (comments, link reports): counts by
 * status, a decision with its time, and submissions per address for the rate limit.
 */
final class ModeratedTable {
  private final Sql sql;
  private final String table;

  ModeratedTable(Sql sql, String table) {
    this.sql = sql;
    this.table = table;
  }

  long count(String status) {
    return sql.count("SELECT count(*) FROM " + table + " WHERE status = ?", status);
  }

  /** Sets the decision; {@code onlyPending}: a row already decided stays as it is. */
  boolean decide(long id, String decision, Instant at, boolean onlyPending) {
    return sql.update(
            "UPDATE "
                + table
                + " SET status = ?, decided_at = ? WHERE id = ?"
                + (onlyPending ? " AND status = 'pending'" : ""),
            decision,
            at.toEpochMilli(),
            id)
        == 1;
  }

  /** How many rows this address submitted since then: the rate limit's count, shared by nodes. */
  long submittedSince(String address, Instant since) {
    return sql.count(
        "SELECT count(*) FROM " + table + " WHERE address = ? AND created_at >= ?",
        address,
        since.toEpochMilli());
  }
}
