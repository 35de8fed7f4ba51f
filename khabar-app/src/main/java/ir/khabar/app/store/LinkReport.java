package ir.khabar.app.store;

import java.time.Instant;
import java.util.Locale;

/**
 * A reader's report that an article's mention of an entity is not that entity, as a moderator sees
 * it.
 */
public record LinkReport(
    long id,
    String articleId,
    String entityId,
    String entityName,
    String note,
    Status status,
    Instant created) {

  public enum Status {
    PENDING,
    CONFIRMED,
    DISMISSED;

    String sql() {
      return name().toLowerCase(Locale.ROOT); // Locale.ROOT: never a dotless ı
    }

    static Status ofSql(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }
  }
}
