package ir.khabar.app.store;

import ir.khabar.app.store.LinkReport.Status;
import ir.khabar.core.store.Database;
import ir.khabar.core.understand.LinkCorrections;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Readers' reports of wrong links: pending until a moderator confirms or dismisses them; the
 * confirmed ones are the corrections the pipeline applies when it understands an article again.
 */
public final class LinkReports {
  private static final String COLUMNS =
      "id, article_id, entity_id, entity_name, note, status, created_at";
  private final Sql sql;
  private final ModeratedTable table;

  public LinkReports(Database db) {
    this.sql = new Sql(db.dataSource());
    this.table = new ModeratedTable(sql, "link_report");
  }

  /** Stores a new report as pending; {@code address} is the reporter's keyed address hash. */
  public long submit(
      String articleId,
      String entityId,
      String entityName,
      String note,
      String address,
      Instant at) {
    return sql.query(
            "INSERT INTO link_report "
                + "(article_id, entity_id, entity_name, note, status, address, created_at) "
                + "VALUES (?, ?, ?, ?, 'pending', ?, ?) RETURNING id",
            rs -> rs.getLong(1),
            articleId,
            entityId,
            entityName,
            note,
            address,
            at.toEpochMilli())
        .get(0);
  }

  /** Reports in one state, oldest first (the moderation queue). */
  public List<LinkReport> withStatus(Status status, int limit) {
    return sql.query(
        "SELECT " + COLUMNS + " FROM link_report WHERE status = ? ORDER BY created_at, id LIMIT ?",
        LinkReports::row,
        status.sql(),
        limit);
  }

  public long count(Status status) {
    return table.count(status.sql());
  }

  /** Confirms or dismisses a pending report; false when there is no such pending report. */
  public boolean decide(long id, Status decision, Instant at) {
    if (decision == Status.PENDING) {
      throw new IllegalArgumentException("a decision confirms or dismisses");
    }
    return table.decide(id, decision.sql(), at, true);
  }

  /** How many reports this address sent since then: the rate limit's count. */
  public long submittedSince(String address, Instant since) {
    return table.submittedSince(address, since);
  }

  /** Every confirmed report, as the corrections the pipeline applies. */
  public LinkCorrections corrections() {
    return LinkCorrections.of(
        sql.query(
            "SELECT article_id, entity_id FROM link_report WHERE status = 'confirmed'",
            rs -> new LinkCorrections.Correction(rs.getString(1), rs.getString(2))));
  }

  private static LinkReport row(ResultSet rs) throws SQLException {
    return new LinkReport(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        Status.ofSql(rs.getString(6)),
        Instant.ofEpochMilli(rs.getLong(7)));
  }
}
