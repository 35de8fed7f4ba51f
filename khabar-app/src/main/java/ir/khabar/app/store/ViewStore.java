package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * Views per article and day. A visitor (a keyed hash the web layer makes) counts once per article and
 * day, so reloading a page or a crawler revisiting it does not make it "most viewed".
 */
public final class ViewStore {
  private final Sql sql;

  public ViewStore(Database db) {
    this.sql = new Sql(db.dataSource());
  }

  /** An article and its views over a period. */
  public record Viewed(String articleId, long views) {}

  private volatile LocalDate pruned;

  /** Counts a view unless this visitor already viewed the article that day; true when it counted. */
  public boolean record(String articleId, String visitor, LocalDate day) {
    if (!day.equals(pruned)) {
      pruned = day;
      forgetVisitorsBefore(day.minusDays(1)); // who viewed what matters only for today's count
    }
    return sql.inTransaction(c -> {
      int fresh = Sql.update(c, "INSERT INTO article_view_visitor (article_id, day, visitor) VALUES (?, ?, ?) "
          + "ON CONFLICT DO NOTHING", articleId, day.toString(), visitor);
      if (fresh == 1) {
        Sql.update(c, "INSERT INTO article_view (article_id, day, views) VALUES (?, ?, 1) "
            + "ON CONFLICT (article_id, day) DO UPDATE SET views = article_view.views + 1", articleId, day.toString());
      }
      return fresh == 1;
    });
  }

  /** The most viewed articles from {@code from} to today, most views first. */
  public List<Viewed> mostViewed(LocalDate from, int limit) {
    return sql.query("SELECT article_id, sum(views) AS v FROM article_view WHERE day >= ? "
        + "GROUP BY article_id ORDER BY v DESC, article_id LIMIT ?",
        rs -> new Viewed(rs.getString(1), rs.getLong(2)), from.toString(), limit);
  }

  public long views(String articleId) {
    return sql.count("SELECT coalesce(sum(views), 0) FROM article_view WHERE article_id = ?", articleId);
  }

  /** Forgets which visitors viewed what before {@code day}; the counts stay. */
  public int forgetVisitorsBefore(LocalDate day) {
    return sql.update("DELETE FROM article_view_visitor WHERE day < ?", day.toString());
  }
}
