package ir.khabar.app.store;

import java.time.Instant;
import java.util.Locale;

/**
 * A followed search: its words and filters (JSON, as the search API takes them), where its new
 * articles go (a webhook URL or an e-mail address), and how far the index has been searched for it
 * ({@code highWater}).
 */
public record Follow(
    long id,
    Kind kind,
    String query,
    String filters,
    String target,
    String secret,
    Frequency frequency,
    State state,
    int failures,
    Instant highWater,
    Instant start,
    Instant created,
    String confirmToken,
    String unsubscribeToken) {

  public enum Kind {
    WEBHOOK,
    EMAIL
  }

  public enum Frequency {
    IMMEDIATE,
    DAILY
  }

  /** Pending until an e-mail follow's confirmation link is opened; paused after failures. */
  public enum State {
    PENDING,
    ACTIVE,
    PAUSED
  }

  static String sql(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> E ofSql(Class<E> type, String s) {
    return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
  }
}
