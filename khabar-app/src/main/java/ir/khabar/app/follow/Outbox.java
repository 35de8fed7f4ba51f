package ir.khabar.app.follow;

import ir.khabar.app.store.Delivery;
import ir.khabar.app.store.Follow;
import ir.khabar.app.store.FollowStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends what the outbox holds: webhooks and e-mails. A delivery is marked sent only once the
 * receiver took it (a 2xx, or the SMTP server's acceptance); a failure is tried again after a wait
 * that doubles each time, and pauses its follow after too many in a row.
 */
final class Outbox {
  private static final int BATCH = 100;
  private final FollowStore store;
  private final WebhookSender webhooks;
  private final FollowMail mail;
  private final FollowSettings settings;
  private final Clock clock;

  Outbox(FollowStore store, WebhookSender webhooks, FollowSettings settings, Clock clock) {
    this.store = store;
    this.webhooks = webhooks;
    this.mail = settings.smtp() == null ? null : new FollowMail(settings.smtp());
    this.settings = settings;
    this.clock = clock;
  }

  void run(String baseUrl) throws InterruptedException {
    for (Delivery d : store.due(clock.instant(), BATCH)) {
      Optional<String> failure = send(d, baseUrl);
      Instant now = clock.instant();
      if (failure.isEmpty()) {
        store.sent(d, now);
        continue;
      }
      Instant next = now.plus(settings.backoffAfter(d.attempts() + 1));
      if (store.failed(d, next, failure.get(), settings.maxFailures())) {
        System.err.println(
            "follow " + d.follow().id() + " paused after repeated failures: " + failure.get());
      }
    }
  }

  private Optional<String> send(Delivery d, String baseUrl) throws InterruptedException {
    if (d.follow().kind() == Follow.Kind.WEBHOOK) {
      return webhooks.send(d);
    }
    if (mail == null) {
      return Optional.of("no SMTP server is configured (serve --smtp … --mail-from …)");
    }
    return mail.send(d, baseUrl);
  }
}
