package ir.khabar.app.follow;

import ir.khabar.app.store.FollowStore;
import ir.khabar.core.search.SearchEngine;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The follows' one thread in the running server: every so often it finds new matches, then sends
 * what the outbox holds. Everything it knows is in the store, so a restart picks up where it was.
 */
public final class FollowScheduler implements AutoCloseable {
  private final FollowMatcher matcher;
  private final Outbox outbox;
  private final WebhookSender webhooks;
  private final FollowSettings settings;
  private final Clock clock;
  private ScheduledExecutorService timer;

  public FollowScheduler(
      SearchEngine engine, FollowStore store, FollowSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.webhooks = new WebhookSender(settings.allowPrivateWebhooks());
    this.matcher = new FollowMatcher(engine, store, settings.lookback());
    this.outbox = new Outbox(store, webhooks, settings, clock);
  }

  /** Why this address may not receive webhooks, in plain words; empty when it may. */
  public Optional<String> webhookRefusal(URI url) {
    return webhooks.refusal(url);
  }

  /** Whether e-mail follows can be sent (an SMTP server was given). */
  public boolean mails() {
    return settings.smtp() != null;
  }

  /** Starts looking; links in e-mails begin with {@code baseUrl}. */
  public synchronized void start(String baseUrl) {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "khabar-follows");
              t.setDaemon(true);
              return t;
            });
    long every = settings.every().toMillis();
    timer.scheduleWithFixedDelay(() -> tick(baseUrl), every, every, TimeUnit.MILLISECONDS);
  }

  private void tick(String baseUrl) {
    try {
      matcher.run(clock.instant());
      outbox.run(baseUrl);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      System.err.println("follows: " + e);
    }
  }

  @Override
  public synchronized void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    timer = null;
  }
}
