package ir.khabar.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Khabar's one SQL store, shared by the crawler (its state) and the site (comments, views,
 * settings): SQLite's {@code khabar.db} under the data directory by default, PostgreSQL with a
 * {@code jdbc:postgresql://…} address. Every table is made by Flyway's versioned migrations, run
 * when the store opens, so a data folder from any earlier version is brought up to date.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final Dialect dialect;

  public enum Dialect {
    SQLITE,
    POSTGRESQL
  }

  private Database(HikariDataSource pool, Dialect dialect) {
    this.pool = pool;
    this.dialect = dialect;
  }

  /**
   * The database at {@code jdbcUrl}, or SQLite's {@code khabar.db} in {@code dataDir} when it is
   * null.
   */
  public static Database open(String jdbcUrl, Path dataDir) throws IOException {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      Files.createDirectories(dataDir);
      return open("jdbc:sqlite:" + dataDir.resolve("khabar.db"));
    }
    return open(jdbcUrl);
  }

  public static Database open(String jdbcUrl) {
    Dialect dialect = dialectOf(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("khabar-db");
    if (dialect == Dialect.SQLITE) {
      // One writer at a time is SQLite's rule; WAL lets readers go on while it writes.
      config.setMaximumPoolSize(4);
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("busy_timeout", "15000");
      config.addDataSourceProperty("synchronous", "NORMAL");
    } else {
      config.setMaximumPoolSize(16);
    }
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool, dialect);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, dialect);
  }

  private static void migrate(DataSource ds, Dialect dialect) {
    Flyway.configure()
        .dataSource(ds)
        // Locale.ROOT: under a Turkish default locale "SQLITE".toLowerCase() is "sqlıte", a folder
        // with no migrations.
        .locations(
            "classpath:ir/khabar/core/store/migration/" + dialect.name().toLowerCase(Locale.ROOT))
        .table("khabar_schema_history")
        // A khabar.db from before the one store may hold the crawler's tables and no history: it is
        // baselined at 0 and then migrated like any other (V2 keeps the crawler's rows).
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  static Dialect dialectOf(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return Dialect.SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return Dialect.POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database address (SQLite or PostgreSQL): " + jdbcUrl);
  }

  public DataSource dataSource() {
    return pool;
  }

  public Dialect dialect() {
    return dialect;
  }

  @Override
  public void close() {
    pool.close();
  }
}
