package ir.khabar.core.fetch;

import java.time.Duration;

/**
 * How politely and how far Khabar fetches: an honest User-Agent naming Khabar with a contact URL, a
 * delay between requests to one host, caps on size, time and redirects, and the longest Retry-After
 * it will wait.
 */
public record FetchPolicy(
    String userAgent,
    Duration perHostDelay,
    long maxBytes,
    Duration timeout,
    int maxRedirects,
    Duration maxRetryAfter) {

  public static final String AGENT_NAME = "KhabarBot";

  public static FetchPolicy standard() {
    return new FetchPolicy(
        AGENT_NAME + "/0.1 (+https://github.com/khabar-news/khabar; Persian news search)",
        Duration.ofSeconds(2),
        5L * 1024 * 1024,
        Duration.ofSeconds(20),
        5,
        Duration.ofMinutes(2));
  }

  public FetchPolicy withDelay(Duration delay) {
    return new FetchPolicy(userAgent, delay, maxBytes, timeout, maxRedirects, maxRetryAfter);
  }

  public FetchPolicy withLimits(long bytes, Duration time) {
    return new FetchPolicy(userAgent, perHostDelay, bytes, time, maxRedirects, maxRetryAfter);
  }
}
