package ir.khabar.core.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * One request at a time per host, and a delay between the end of one and the start of the next (the
 * policy's, or robots.txt's Crawl-delay when longer); a host is held back as long as its
 * Retry-After asks.
 */
final class Politeness {
  private final Duration delay;
  private final Map<String, Semaphore> inFlight = new HashMap<>();
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final Map<String, Duration> crawlDelay = new HashMap<>();

  Politeness(Duration delay) {
    this.delay = delay;
  }

  /** Waits until the host is free and rested; {@link #release} must follow. */
  void acquire(String host) throws InterruptedException {
    semaphore(host).acquire();
    long wait;
    synchronized (this) {
      wait = nextAllowed.getOrDefault(host, 0L) - System.nanoTime();
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** The request to the host is over: the next may start after the delay. */
  void release(String host) {
    synchronized (this) {
      nextAllowed.merge(host, System.nanoTime() + delayFor(host).toNanos(), Math::max);
    }
    semaphore(host).release();
  }

  synchronized void crawlDelay(String host, Duration d) {
    crawlDelay.put(host, d);
  }

  /** The host asked us to come back later (429, 503 with Retry-After). */
  synchronized void backOff(String host, Duration retryAfter) {
    nextAllowed.merge(host, System.nanoTime() + retryAfter.toNanos(), Math::max);
  }

  private synchronized Semaphore semaphore(String host) {
    return inFlight.computeIfAbsent(host, h -> new Semaphore(1));
  }

  private Duration delayFor(String host) {
    Duration robots = crawlDelay.get(host);
    return robots != null && robots.compareTo(delay) > 0 ? robots : delay;
  }
}
