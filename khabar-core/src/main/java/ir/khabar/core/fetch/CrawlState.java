package ir.khabar.core.fetch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * What the crawler remembers between runs: the URLs it has stored or given up on, each feed's
 * validators for a conditional GET, and the failures with their reasons. In SQLite beside the index,
 * or in PostgreSQL when several machines serve and crawl (the same SQL runs on both).
 */
public final class CrawlState implements AutoCloseable {
  private final Connection db;

  private CrawlState(Connection db) {
    this.db = db;
  }

  /** The crawl state in a SQLite file. */
  public static CrawlState open(Path file) throws SQLException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create " + file.getParent(), e);
    }
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
    }
    return create(c);
  }

  /** The crawl state in the database at this JDBC URL (PostgreSQL, or SQLite). */
  public static CrawlState open(String jdbcUrl) throws SQLException {
    return create(DriverManager.getConnection(jdbcUrl));
  }

  private static CrawlState create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS crawl_seen (url TEXT PRIMARY KEY, outcome TEXT NOT NULL, at TEXT NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS crawl_feed (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, at TEXT)");
      s.execute("CREATE TABLE IF NOT EXISTS crawl_failure (url TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)");
    }
    return new CrawlState(c);
  }

  public synchronized boolean seen(String url) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM crawl_seen WHERE url = ?")) {
      p.setString(1, url);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  public synchronized void markSeen(String url, String outcome) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO crawl_seen (url, outcome, at) VALUES (?, ?, ?) "
        + "ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, at = excluded.at")) {
      p.setString(1, url);
      p.setString(2, outcome);
      p.setString(3, Instant.now().toString());
      p.executeUpdate();
    }
  }

  public synchronized void failed(String url, String reason) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO crawl_failure (url, reason, at) VALUES (?, ?, ?)")) {
      p.setString(1, url);
      p.setString(2, reason);
      p.setString(3, Instant.now().toString());
      p.executeUpdate();
    }
  }

  /** The feed's ETag and Last-Modified from its last fetch, or nulls. */
  public synchronized String[] validators(String feed) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT etag, last_modified FROM crawl_feed WHERE url = ?")) {
      p.setString(1, feed);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? new String[] {r.getString(1), r.getString(2)} : new String[] {null, null};
      }
    }
  }

  public synchronized void feedFetched(String feed, String etag, String lastModified) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO crawl_feed (url, etag, last_modified, at) VALUES (?, ?, ?, ?) "
        + "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, at = excluded.at")) {
      p.setString(1, feed);
      p.setString(2, etag);
      p.setString(3, lastModified);
      p.setString(4, Instant.now().toString());
      p.executeUpdate();
    }
  }

  @Override
  public synchronized void close() throws SQLException {
    db.close();
  }
}
