package ir.khabar.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.ServiceUnavailableResponse;
import ir.khabar.app.follow.FollowQuery;
import ir.khabar.app.follow.FollowScheduler;
import ir.khabar.app.follow.FollowSettings;
import ir.khabar.app.store.Follow;
import ir.khabar.app.store.FollowStore;
import ir.khabar.app.store.FollowStore.NewFollow;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * Checks and stores new follows, for the API and the form alike: a webhook's address (public unless
 * allowed), an e-mail address within the sign-up limits per address and per client.
 */
final class FollowIntake {
  private final FollowStore store;
  private final FollowScheduler scheduler;
  private final FollowSettings settings;
  private final Clock clock;

  FollowIntake(FollowStore store, FollowScheduler scheduler, FollowSettings settings, Clock clock) {
    this.store = store;
    this.scheduler = scheduler;
    this.settings = settings;
    this.clock = clock;
  }

  Follow webhook(FollowQuery q, String url) {
    requireSomething(q);
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("نشانی webhook درست نیست.");
    }
    scheduler
        .webhookRefusal(uri)
        .ifPresent(
            why -> {
              throw new BadRequestResponse("این نشانی webhook پذیرفته نمی\u200cشود: " + why);
            });
    return store.create(
        new NewFollow(
            Follow.Kind.WEBHOOK,
            q.q(),
            q.filtersJson(),
            uri.toString(),
            Keys.token(32),
            Follow.Frequency.IMMEDIATE,
            "",
            null,
            Keys.token(24)),
        clock.instant());
  }

  /** A pending e-mail follow; {@code requester} is the client's keyed address hash. */
  Follow email(FollowQuery q, String address, String frequency, String requester) {
    requireSomething(q);
    String email = address == null ? "" : address.strip();
    if (email.length() > 254 || !EmailValidator.getInstance().isValid(email)) {
      throw new BadRequestResponse(CommentIntake.BAD_EMAIL);
    }
    Follow.Frequency often =
        switch (frequency == null || frequency.isBlank() ? "immediate" : frequency.strip()) {
          case "immediate" -> Follow.Frequency.IMMEDIATE;
          case "daily" -> Follow.Frequency.DAILY;
          default -> throw new BadRequestResponse("frequency باید immediate یا daily باشد.");
        };
    if (!scheduler.mails()) {
      throw new ServiceUnavailableResponse("فرستادن ایمیل در این سایت راه\u200cاندازی نشده است.");
    }
    Instant since = clock.instant().minus(settings.window());
    if (store.createdForTarget(email, since) >= settings.perAddress()
        || store.createdByRequester(requester, since) >= settings.perClient()) {
      throw new HttpResponseException(
          429, "درخواست\u200cهای دنبال کردن بسیار شد؛ کمی بعد دوباره بیازمایید.");
    }
    return store.create(
        new NewFollow(
            Follow.Kind.EMAIL,
            q.q(),
            q.filtersJson(),
            email,
            null,
            often,
            requester,
            Keys.token(24),
            Keys.token(24)),
        clock.instant());
  }

  private static void requireSomething(FollowQuery q) {
    if (q.isEmpty()) {
      throw new BadRequestResponse("چه چیزی دنبال شود؟ عبارتی یا پالایه\u200cای بدهید.");
    }
  }
}
