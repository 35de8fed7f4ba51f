package ir.khabar.app.store;

import java.time.Instant;
import java.util.Locale;

/**
 * A comment a reader of Khabar left on an article. The email is kept for moderators, never shown.
 */
public record ReaderComment(
    long id,
    String articleId,
    String name,
    String email,
    String text,
    Status status,
    Instant created) {

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED;

    // Locale.ROOT: under a Turkish default locale "PENDING".toLowerCase() is "pendıng" (dotless ı).
    String sql() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status ofSql(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }
  }
}
