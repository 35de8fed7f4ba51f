package ir.khabar.app.web;

import io.javalin.http.TooManyRequestsResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password guesses per address: ten failures in a quarter of an hour and the address waits. An
 * attempt takes its place before the (slow) password check starts, so guesses sent all at once
 * cannot all be checked while the first ones are still running.
 */
final class LoginLimit {
  static final int ATTEMPTS_ALLOWED = 10;
  private static final long WINDOW = Duration.ofMinutes(15).toMillis();
  private final Clock clock;

  /**
   * Per address, the times of its failures and of its attempts still being checked; changed only in
   * compute.
   */
  private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

  private volatile long swept;

  LoginLimit(Clock clock) {
    this.clock = clock;
  }

  /**
   * Takes a place for one attempt and answers its time, or refuses (429) when the address has none
   * left.
   */
  long begin(String address) {
    long now = clock.millis();
    sweep(now);
    boolean[] refused = {false};
    attempts.compute(
        address,
        (a, times) -> {
          Deque<Long> t = times == null ? new ArrayDeque<>() : times;
          t.removeIf(at -> at <= now - WINDOW);
          if (t.size() >= ATTEMPTS_ALLOWED) {
            refused[0] = true;
          } else {
            t.addLast(now);
          }
          return t.isEmpty() ? null : t;
        });
    if (refused[0]) {
      throw new TooManyRequestsResponse(
          "تلاش\u200cهای ناموفق بسیار بود؛ پانزده دقیقه بعد دوباره بیازمایید.");
    }
    return now;
  }

  /**
   * The attempt begun at {@code attempt} was right: it gives its place back. A wrong one keeps it.
   */
  void succeeded(String address, long attempt) {
    attempts.computeIfPresent(
        address,
        (a, t) -> {
          t.removeLastOccurrence(attempt);
          return t.isEmpty() ? null : t;
        });
  }

  /** Forgets addresses whose failures have aged out, at most once a minute. */
  private void sweep(long now) {
    if (now - swept < 60_000) {
      return;
    }
    swept = now;
    for (String address : attempts.keySet()) {
      attempts.computeIfPresent(
          address,
          (a, t) -> {
            t.removeIf(at -> at <= now - WINDOW);
            return t.isEmpty() ? null : t;
          });
    }
  }
}
