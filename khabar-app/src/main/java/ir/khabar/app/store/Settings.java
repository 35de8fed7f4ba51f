package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import java.util.List;
import java.util.Optional;

/**
 * Named values the site keeps in its database (the admin password's hash, the key of its cookies).
 */
public final class Settings {
  private final Sql sql;

  public Settings(Database db) {
    this.sql = new Sql(db.dataSource());
  }

  public Optional<String> get(String name) {
    List<String> v =
        sql.query("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), name);
    return v.stream().findFirst();
  }

  /**
   * Stores the value unless one is stored already, and answers the one that stands (first writer
   * wins).
   */
  public String putIfAbsent(String name, String value) {
    sql.update(
        "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING", name, value);
    return get(name).orElseThrow();
  }
}
