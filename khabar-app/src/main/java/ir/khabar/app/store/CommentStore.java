package ir.khabar.app.store;

import ir.khabar.app.store.ReaderComment.Status;
import ir.khabar.core.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Readers' comments: held as pending when submitted, published when a moderator approves them. */
public final class CommentStore {
  private static final String COLUMNS = "id, article_id, name, email, body, status, created_at";
  private final Sql sql;
  private final ModeratedTable table;

  public CommentStore(Database db) {
    this.sql = new Sql(db.dataSource());
    this.table = new ModeratedTable(sql, "reader_comment");
  }

  /** Published and waiting comments of one article. */
  public record Counts(long published, long pending) {}

  /** Stores a new comment as pending; {@code address} is the submitter's keyed address hash. */
  public long submit(
      String articleId, String name, String email, String text, String address, Instant at) {
    return sql.query(
            "INSERT INTO reader_comment (article_id, name, email, body, status, address, created_at) "
                + "VALUES (?, ?, ?, ?, 'pending', ?, ?) RETURNING id",
            rs -> rs.getLong(1),
            articleId,
            name,
            email,
            text,
            address,
            at.toEpochMilli())
        .get(0);
  }

  public List<ReaderComment> approved(String articleId) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reader_comment WHERE article_id = ? AND status = 'approved' "
            + "ORDER BY created_at, id",
        CommentStore::row,
        articleId);
  }

  public Counts counts(String articleId) {
    List<Counts> c =
        sql.query(
            "SELECT "
                + "coalesce(sum(CASE WHEN status = 'approved' THEN 1 ELSE 0 END), 0), "
                + "coalesce(sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0) "
                + "FROM reader_comment WHERE article_id = ?",
            rs -> new Counts(rs.getLong(1), rs.getLong(2)),
            articleId);
    return c.get(0);
  }

  /**
   * Comments in one state, oldest first for pending (the moderation queue), newest first otherwise.
   */
  public List<ReaderComment> withStatus(Status status, int limit) {
    String order = status == Status.PENDING ? "created_at, id" : "created_at DESC, id DESC";
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reader_comment WHERE status = ? ORDER BY "
            + order
            + " LIMIT ?",
        CommentStore::row,
        status.sql(),
        limit);
  }

  public long count(Status status) {
    return table.count(status.sql());
  }

  /** Approves or rejects a comment; false when there is no such comment. */
  public boolean decide(long id, Status decision, Instant at) {
    if (decision == Status.PENDING) {
      throw new IllegalArgumentException("a decision approves or rejects");
    }
    return table.decide(id, decision.sql(), at, false);
  }

  /**
   * How many comments this address submitted since then: the rate limit's count, shared by every
   * node.
   */
  public long submittedSince(String address, Instant since) {
    return table.submittedSince(address, since);
  }

  private static ReaderComment row(ResultSet rs) throws SQLException {
    return new ReaderComment(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        Status.ofSql(rs.getString(6)),
        Instant.ofEpochMilli(rs.getLong(7)));
  }
}
