package ir.khabar.app.follow;

import ir.khabar.app.store.Delivery;
import ir.khabar.core.fetch.AddressGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * POSTs an alert to its webhook, signed; only a 2xx counts as taken. Redirects are not followed
 * (one could lead inside the network), and the address is checked at every attempt, so a host that
 * later resolves to a private address is refused then.
 */
final class WebhookSender {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final AddressGuard guard = new AddressGuard(Set.of());
  private final boolean allowPrivate;

  WebhookSender(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Why this URL may not receive webhooks, in plain words; empty when it may. */
  Optional<String> refusal(URI url) {
    String scheme = url.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || url.getHost() == null) {
      return Optional.of("a webhook is an http or https address with a host");
    }
    return allowPrivate ? Optional.empty() : guard.refusal(url);
  }

  /** Empty when the receiver took the delivery, else why not. */
  Optional<String> send(Delivery d) throws InterruptedException {
    URI url;
    try {
      url = URI.create(d.follow().target());
    } catch (IllegalArgumentException e) {
      return Optional.of("not an address: " + d.follow().target());
    }
    Optional<String> refused = refusal(url);
    if (refused.isPresent()) {
      return Optional.of(AddressGuard.REFUSED + " " + refused.get());
    }
    byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Khabar-Follows/1")
            .header(Signature.HEADER, Signature.of(d.follow().secret(), body))
            .header("X-Khabar-Delivery", Long.toString(d.id()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
      return r.statusCode() / 100 == 2
          ? Optional.empty()
          : Optional.of("the webhook answered HTTP " + r.statusCode());
    } catch (IOException e) {
      return Optional.of("the webhook could not be reached: " + e);
    }
  }
}
