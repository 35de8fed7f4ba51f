package ir.khabar.app.store;

import ir.khabar.core.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * Views per article and day. A visitor (a keyed hash the web layer makes) counts once per article
 * and day, so reloading a page or a crawler revisiting it does not make it "most viewed"; and one
 * address counts as at most {@link #VISITORS_PER_ADDRESS} visitors, however many browsers it claims
 * to be.
 */
public final class ViewStore {
  /** Enough for a household or a small office behind one address, too few to push an article up. */
  public static final int VISITORS_PER_ADDRESS = 3;

  private final Sql sql;

  public ViewStore(Database db) {
    this.sql = new Sql(db.dataSource());
  }

  /** An article and its views over a period. */
  public record Viewed(String articleId, long views) {}

  private volatile LocalDate pruned;

  /**
   * Counts a view unless this visitor already viewed the article that day, or its address already
   * brought {@link #VISITORS_PER_ADDRESS} visitors to it that day; true when it counted.
   */
  public boolean record(String articleId, String visitor, String address, LocalDate day) {
    if (!day.equals(pruned)) {
      pruned = day;
      forgetVisitorsBefore(day.minusDays(1)); // who viewed what matters only for today's count
    }
    String d = day.toString();
    return sql.inTransaction(
        c -> {
          // One statement, so the cap is checked and the visitor written under the same write lock.
          int fresh =
              Sql.update(
                  c,
                  "INSERT INTO article_view_visitor (article_id, day, visitor, address) "
                      + "SELECT ?, ?, ?, ? WHERE (SELECT count(*) FROM article_view_visitor "
                      + "WHERE article_id = ? AND day = ? AND address = ?) < ? ON CONFLICT DO NOTHING",
                  articleId,
                  d,
                  visitor,
                  address,
                  articleId,
                  d,
                  address,
                  VISITORS_PER_ADDRESS);
          if (fresh == 1) {
            Sql.update(
                c,
                "INSERT INTO article_view (article_id, day, views) VALUES (?, ?, 1) "
                    + "ON CONFLICT (article_id, day) DO UPDATE SET views = article_view.views + 1",
                articleId,
                d);
          }
          return fresh == 1;
        });
  }

  /** The most viewed articles from {@code from} to today, most views first. */
  public List<Viewed> mostViewed(LocalDate from, int limit) {
    return sql.query(
        "SELECT article_id, sum(views) AS v FROM article_view WHERE day >= ? "
            + "GROUP BY article_id ORDER BY v DESC, article_id LIMIT ?",
        rs -> new Viewed(rs.getString(1), rs.getLong(2)),
        from.toString(),
        limit);
  }

  public long views(String articleId) {
    return sql.count(
        "SELECT coalesce(sum(views), 0) FROM article_view WHERE article_id = ?", articleId);
  }

  /** Forgets which visitors viewed what before {@code day}; the counts stay. */
  public int forgetVisitorsBefore(LocalDate day) {
    return sql.update("DELETE FROM article_view_visitor WHERE day < ?", day.toString());
  }
}
