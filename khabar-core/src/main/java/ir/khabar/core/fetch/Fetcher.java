package ir.khabar.core.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches with the JDK HttpClient, politely: one request at a time per host with a delay, Retry-After
 * honoured (429 and 503 are tried once more after it), redirects followed by hand up to a limit and
 * never in a loop, conditional GET when validators are given, and responses cut off at the size and
 * time caps.
 */
public final class Fetcher {
  private final FetchPolicy policy;
  private final HttpClient client;
  private final Politeness politeness;

  public Fetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.timeout()).build();
    this.politeness = new Politeness(policy.perHostDelay());
  }

  public FetchPolicy policy() {
    return policy;
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
    Set<URI> visited = new HashSet<>();
    URI current = url;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      if (!visited.add(current)) {
        return Fetched.failed(url, "redirect loop at " + current);
      }
      Fetched f = once(current, etag, lastModified, true);
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

  /** One request; a 429 or 503 with an acceptable Retry-After is asked once more after it. */
  private Fetched once(URI url, String etag, String lastModified, boolean retry) throws InterruptedException {
    Fetched f = politely(url, etag, lastModified);
    boolean busy = f.status() == 429 || f.status() == 503;
    return busy && retry && f.url() != null ? politely(url, etag, lastModified) : f;
  }

  private Fetched politely(URI url, String etag, String lastModified) throws InterruptedException {
    if (url.getHost() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
      return Fetched.failed(url, "not an http(s) URL");
    }
    String host = url.getHost() + ":" + url.getPort();
    politeness.acquire(host);
    try {
      return send(url, etag, lastModified);
    } finally {
      politeness.release(host);
    }
  }

  private Fetched send(URI url, String etag, String lastModified) throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(policy.timeout())
        .header("User-Agent", policy.userAgent()).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    try {
      HttpResponse<InputStream> r = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      return response(url, r);
    } catch (HttpTimeoutException e) {
      return Fetched.failed(url, "timed out after " + policy.timeout().toSeconds() + " s");
    } catch (IOException e) {
      return Fetched.failed(url, "cannot fetch: " + e.getMessage());
    }
  }

  private Fetched response(URI url, HttpResponse<InputStream> r) throws IOException {
    int status = r.statusCode();
    String type = r.headers().firstValue("Content-Type").orElse(null);
    if (status == 429 || status == 503) {
      r.body().close();
      Optional<Duration> after = retryAfter(r);
      if (after.isPresent() && after.get().compareTo(policy.maxRetryAfter()) <= 0) {
        politeness.backOff(url.getHost() + ":" + url.getPort(), after.get());
        return new Fetched(url, status, null, type, null, null, "the site asked to come back later (" + status + ")");
      }
      return Fetched.failed(url, "the site asked to come back later (" + status + ")");
    }
    if (status >= 300 && status < 400 && status != 304) {
      r.body().close();
      return new Fetched(r.headers().firstValue("Location").map(url::resolve).orElse(null), status, null, type,
          null, null, null);
    }
    if (status != 200) {
      r.body().close();
      return status == 304 ? new Fetched(url, 304, null, type, null, null, null)
          : Fetched.failed(url, "HTTP " + status);
    }
    byte[] body = readCapped(r.body());
    if (body == null) {
      return Fetched.failed(url, "response larger than " + policy.maxBytes() / 1024 + " KB");
    }
    return new Fetched(url, 200, body, type, r.headers().firstValue("ETag").orElse(null),
        r.headers().firstValue("Last-Modified").orElse(null), null);
  }

  private byte[] readCapped(InputStream in) throws IOException {
    try (in) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
      return body.length > policy.maxBytes() ? null : body;
    }
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
