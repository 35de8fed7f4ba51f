package ir.khabar.core.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches with the JDK HttpClient, politely: one request at a time per host with a delay,
 * Retry-After honoured (429 and 503 are tried once more after it), redirects followed by hand up to
 * a limit and never in a loop, conditional GET when validators are given, and each whole response
 * (headers and body) held to the size and time caps. Every request and every redirect first passes
 * the {@link AddressGuard}: internal addresses are refused unless the user named the host.
 */
public final class Fetcher {
  private final FetchPolicy policy;
  private final HttpClient client;
  private final Politeness politeness;
  private final AddressGuard guard;

  public Fetcher(FetchPolicy policy) {
    this(policy, new AddressGuard(Set.of()));
  }

  public Fetcher(FetchPolicy policy, AddressGuard guard) {
    this.policy = policy;
    this.guard = guard;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(policy.timeout())
            .build();
    this.politeness = new Politeness(policy.perHostDelay());
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** A URL the user named (a feed): its host and port are fetched even when internal. */
  public void trust(URI named) {
    guard.trust(named);
  }

  /** Asks the host to be given at least this delay between requests (robots.txt Crawl-delay). */
  public void crawlDelay(String host, Duration delay) {
    politeness.crawlDelay(host, delay);
  }

  public Fetched get(URI url) throws InterruptedException {
    return get(url, null, null);
  }

  /** GET, conditional on {@code etag} / {@code lastModified} when given (null otherwise). */
  public Fetched get(URI url, String etag, String lastModified) throws InterruptedException {
    return follow(
        url, etag, lastModified, false, (int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes()));
  }

  /** GET of at most the first {@code bytes} of the body, the rest unread (robots.txt). */
  public Fetched firstBytes(URI url, int bytes) throws InterruptedException {
    return follow(url, null, null, true, bytes);
  }

  private Fetched follow(URI url, String etag, String lastModified, boolean cut, int cap)
      throws InterruptedException {
    Set<URI> visited = new HashSet<>();
    URI current = url;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      if (!visited.add(current)) {
        return Fetched.failed(url, "redirect loop at " + current);
      }
      Optional<String> refused = guard.refusal(current);
      if (refused.isPresent()) {
        return Fetched.failed(
            url,
            AddressGuard.REFUSED
                + (hop == 0 ? " " : " redirected to " + current + ", ")
                + refused.get());
      }
      Fetched f = once(current, new Request(etag, lastModified, cut, cap), true);
      if (f.failure() != null || f.status() < 300 || f.status() >= 400 || f.status() == 304) {
        return f;
      }
      if (f.url() == null) {
        return Fetched.failed(url, "redirect without a Location");
      }
      current = f.url();
    }
    return Fetched.failed(url, "more than " + policy.maxRedirects() + " redirects");
  }

  /** The validators of a conditional GET (or nulls), and how much of the body to keep. */
  private record Request(String etag, String lastModified, boolean cut, int cap) {}

  /** One request; a 429 or 503 with an acceptable Retry-After is asked once more after it. */
  private Fetched once(URI url, Request request, boolean retry) throws InterruptedException {
    Fetched f = politely(url, request);
    boolean busy = f.status() == 429 || f.status() == 503;
    return busy && retry && f.url() != null ? politely(url, request) : f;
  }

  private Fetched politely(URI url, Request request) throws InterruptedException {
    if (url.getHost() == null
        || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
      return Fetched.failed(url, "not an http(s) URL");
    }
    String host = url.getHost() + ":" + url.getPort();
    politeness.acquire(host);
    try {
      return send(url, request);
    } finally {
      politeness.release(host);
    }
  }

  private Fetched send(URI url, Request request) throws InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(policy.timeout())
            .header("User-Agent", policy.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
    if (request.etag() != null) {
      b.header("If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      b.header("If-Modified-Since", request.lastModified());
    }
    long deadline = System.nanoTime() + policy.timeout().toNanos();
    CompletableFuture<HttpResponse<CappedBody.Body>> pending =
        client.sendAsync(
            b.build(),
            info ->
                info.statusCode() == 200
                    ? new CappedBody(request.cap(), deadline)
                    : HttpResponse.BodySubscribers.replacing(null));
    try {
      return response(
          url, pending.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS), request.cut());
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut(url);
    } catch (ExecutionException e) {
      return e.getCause() instanceof HttpTimeoutException
          ? timedOut(url)
          : Fetched.failed(url, "cannot fetch: " + e.getCause().getMessage());
    }
  }

  private Fetched timedOut(URI url) {
    return Fetched.failed(url, "timed out after " + policy.timeout().toSeconds() + " s");
  }

  private Fetched response(URI url, HttpResponse<CappedBody.Body> r, boolean cut) {
    int status = r.statusCode();
    String type = r.headers().firstValue("Content-Type").orElse(null);
    if (status == 429 || status == 503) {
      Optional<Duration> after = retryAfter(r);
      if (after.isPresent() && after.get().compareTo(policy.maxRetryAfter()) <= 0) {
        politeness.backOff(url.getHost() + ":" + url.getPort(), after.get());
        return new Fetched(
            url,
            status,
            null,
            type,
            null,
            null,
            "the site asked to come back later (" + status + ")");
      }
      return new Fetched(
          null,
          status,
          null,
          type,
          null,
          null,
          "the site asked to come back later (" + status + ")");
    }
    if (status >= 300 && status < 400 && status != 304) {
      return new Fetched(
          r.headers().firstValue("Location").map(url::resolve).orElse(null),
          status,
          null,
          type,
          null,
          null,
          null);
    }
    if (status != 200) {
      return status == 304
          ? new Fetched(url, 304, null, type, null, null, null)
          : new Fetched(url, status, null, type, null, null, "HTTP " + status);
    }
    if (r.body().cut() && !cut) {
      return Fetched.failed(url, "response larger than " + policy.maxBytes() / 1024 + " KB");
    }
    return new Fetched(
        url,
        200,
        r.body().bytes(),
        type,
        r.headers().firstValue("ETag").orElse(null),
        r.headers().firstValue("Last-Modified").orElse(null),
        null);
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> r) {
    Optional<String> v = r.headers().firstValue("Retry-After");
    try {
      return v.map(s -> Duration.ofSeconds(Long.parseLong(s.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
