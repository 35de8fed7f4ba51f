package ir.khabar.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The few JDBC moves the stores make, with resources closed and SQL errors turned unchecked. */
final class Sql {
  private final DataSource ds;

  Sql(DataSource ds) {
    this.ds = ds;
  }

  interface Rows<T> {
    T map(ResultSet rs) throws SQLException;
  }

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  <T> List<T> query(String sql, Rows<T> rows, Object... args) {
    return inConnection(c -> query(c, sql, rows, args));
  }

  static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... args)
      throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rows.map(rs));
      }
      return out;
    }
  }

  long count(String sql, Object... args) {
    List<Long> one = query(sql, rs -> rs.getLong(1), args);
    return one.isEmpty() ? 0 : one.get(0);
  }

  int update(String sql, Object... args) {
    return inConnection(c -> update(c, sql, args));
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  /**
   * Runs {@code work} in one transaction, committed when it returns, rolled back when it throws.
   */
  <T> T inTransaction(Work<T> work) {
    return inConnection(
        c -> {
          c.setAutoCommit(false);
          try {
            T result = work.run(c);
            c.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
        });
  }

  <T> T inConnection(Work<T> work) {
    try (Connection c = ds.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }
}
