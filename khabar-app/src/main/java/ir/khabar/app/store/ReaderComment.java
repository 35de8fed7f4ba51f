package ir.khabar.app.store;

import java.time.Instant;

/** A comment a reader of Khabar left on an article. The email is kept for moderators, never shown. */
public record ReaderComment(long id, String articleId, String name, String email, String text, Status status,
    Instant created) {

  public enum Status {
    PENDING, APPROVED, REJECTED;

    String sql() {
      return name().toLowerCase();
    }

    static Status ofSql(String s) {
      return valueOf(s.toUpperCase());
    }
  }
}
