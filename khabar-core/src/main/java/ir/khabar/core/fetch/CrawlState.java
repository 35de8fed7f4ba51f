package ir.khabar.core.fetch;

import ir.khabar.core.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What the crawler remembers between runs: the URLs it has stored or given up on, each feed's
 * validators for a conditional GET, and the failures with their reasons. Its tables live in
 * Khabar's one store ({@link Database}: SQLite beside the index, or PostgreSQL when several
 * machines serve and crawl), made by the store's migrations; each call takes a connection from the
 * store's pool.
 */
public final class CrawlState implements AutoCloseable {
  private final Database db;
  private final boolean owned;

  private CrawlState(Database db, boolean owned) {
    this.db = db;
    this.owned = owned;
  }

  /** The crawl state in a store that someone else opened and closes (the running site's). */
  public static CrawlState in(Database db) {
    return new CrawlState(db, false);
  }

  /** The crawl state in a SQLite file, opened (and migrated) for this crawl. */
  public static CrawlState open(Path file) throws SQLException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new SQLException("cannot create " + file.getParent(), e);
    }
    return new CrawlState(Database.open("jdbc:sqlite:" + file), true);
  }

  /** The crawl state in the database at this JDBC URL (PostgreSQL, or SQLite). */
  public static CrawlState open(String jdbcUrl) {
    return new CrawlState(Database.open(jdbcUrl), true);
  }

  public boolean seen(String url) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement p = c.prepareStatement("SELECT 1 FROM crawl_seen WHERE url = ?")) {
      p.setString(1, url);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  public void markSeen(String url, String outcome) throws SQLException {
    update(
        "INSERT INTO crawl_seen (url, outcome, at) VALUES (?, ?, ?) "
            + "ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, at = excluded.at",
        url,
        outcome,
        now());
  }

  public void failed(String url, String reason) throws SQLException {
    update("INSERT INTO crawl_failure (url, reason, at) VALUES (?, ?, ?)", url, reason, now());
  }

  /** The feed's ETag and Last-Modified from its last fetch, or nulls. */
  public String[] validators(String feed) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement p =
            c.prepareStatement("SELECT etag, last_modified FROM crawl_feed WHERE url = ?")) {
      p.setString(1, feed);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? new String[] {r.getString(1), r.getString(2)} : new String[] {null, null};
      }
    }
  }

  public void feedFetched(String feed, String etag, String lastModified) throws SQLException {
    update(
        "INSERT INTO crawl_feed (url, etag, last_modified, at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE "
            + "SET etag = excluded.etag, last_modified = excluded.last_modified, at = excluded.at",
        feed,
        etag,
        lastModified,
        now());
  }

  private void update(String sql, String... values) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        p.setString(i + 1, values[i]);
      }
      p.executeUpdate();
    }
  }

  private static String now() {
    return Instant.now().toString();
  }

  /** Closes the store when this crawl opened it; a shared store stays open. */
  @Override
  public void close() {
    if (owned) {
      db.close();
    }
  }
}
