package ir.khabar.app.follow;

import java.time.Duration;

/**
 * How follows run: how often the scheduler looks, how far back it looks again for articles that
 * were committed late, the back-off of failed deliveries and after how many failures in a row a
 * follow is paused, whether webhooks may be on private addresses, the SMTP server (null: no mail),
 * and the e-mail sign-up limits per address and per client address within a window.
 */
public record FollowSettings(
    Duration every,
    Duration lookback,
    Duration backoff,
    int maxFailures,
    boolean allowPrivateWebhooks,
    SmtpSettings smtp,
    int perAddress,
    int perClient,
    Duration window) {
  /** The longest wait between two attempts of one delivery. */
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  public static FollowSettings defaults() {
    return new FollowSettings(
        Duration.ofSeconds(20),
        Duration.ofHours(6),
        Duration.ofSeconds(30),
        6,
        false,
        null,
        3,
        10,
        Duration.ofHours(1));
  }

  public FollowSettings withEvery(Duration d) {
    return new FollowSettings(
        d,
        lookback,
        backoff,
        maxFailures,
        allowPrivateWebhooks,
        smtp,
        perAddress,
        perClient,
        window);
  }

  public FollowSettings withRetries(Duration firstWait, int pauseAfter) {
    return new FollowSettings(
        every,
        lookback,
        firstWait,
        pauseAfter,
        allowPrivateWebhooks,
        smtp,
        perAddress,
        perClient,
        window);
  }

  public FollowSettings withPrivateWebhooks(boolean allow) {
    return new FollowSettings(
        every, lookback, backoff, maxFailures, allow, smtp, perAddress, perClient, window);
  }

  public FollowSettings withSmtp(SmtpSettings s) {
    return new FollowSettings(
        every,
        lookback,
        backoff,
        maxFailures,
        allowPrivateWebhooks,
        s,
        perAddress,
        perClient,
        window);
  }

  public FollowSettings withSignUpLimits(int address, int client, Duration within) {
    return new FollowSettings(
        every, lookback, backoff, maxFailures, allowPrivateWebhooks, smtp, address, client, within);
  }

  /** The wait before attempt {@code attempts + 1}: doubled each time, at most six hours. */
  Duration backoffAfter(int attempts) {
    Duration d = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }
}
