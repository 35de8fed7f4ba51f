package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import java.time.Instant;

/**
 * The moderator's open sessions, kept in the database so that logging out ends a session on every
 * web node, and a copied cookie dies with it. Ids are what the web layer makes of the cookie, never
 * the cookie.
 */
public final class AdminSessions {
  private final Sql sql;

  public AdminSessions(Database db) {
    this.sql = new Sql(db.dataSource());
  }

  /** Opens a session until {@code expires}, and forgets those that have ended. */
  public void open(String id, Instant expires, Instant now) {
    sql.update("DELETE FROM admin_session WHERE expires_at <= ?", now.toEpochMilli());
    sql.update(
        "INSERT INTO admin_session (id, expires_at) VALUES (?, ?)", id, expires.toEpochMilli());
  }

  public boolean isOpen(String id, Instant now) {
    return sql.count(
            "SELECT count(*) FROM admin_session WHERE id = ? AND expires_at > ?",
            id,
            now.toEpochMilli())
        > 0;
  }

  public void close(String id) {
    sql.update("DELETE FROM admin_session WHERE id = ?", id);
  }
}
