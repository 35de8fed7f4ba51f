package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.TooManyRequestsResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Who may moderate: a signed session cookie after the login form (pages), or HTTP Basic
 * {@code admin:<password>} (the JSON API). Failed logins are limited per address.
 */
final class AdminAuth {
  static final String COOKIE = "khabar_admin";
  private static final Duration SESSION = Duration.ofHours(8);
  private static final int FAILURES_ALLOWED = 10;
  private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
  private final AdminPassword password;
  private final Keys keys;
  private final Clock clock;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  AdminAuth(AdminPassword password, Keys keys, Clock clock) {
    this.password = password;
    this.keys = keys;
    this.clock = clock;
  }

  /** Checks a login; on success the browser receives the session cookie. */
  boolean logIn(Context ctx, String address, String candidate) {
    if (!check(address, candidate)) {
      return false;
    }
    String expiry = Long.toString(clock.millis() + SESSION.toMillis());
    Cookie c = new Cookie(COOKIE, expiry + "." + signature(expiry));
    c.setHttpOnly(true);
    c.setPath("/");
    c.setSameSite(SameSite.STRICT);
    c.setMaxAge((int) SESSION.toSeconds());
    ctx.cookie(c);
    return true;
  }

  /**
   * The password check behind both the form and Basic, limited per address: after ten failures in a
   * quarter of an hour the address is refused until they age out.
   */
  private boolean check(String address, String candidate) {
    long now = clock.millis();
    failures.values().removeIf(d -> {
      d.removeIf(t -> t < now - FAILURE_WINDOW.toMillis());
      return d.isEmpty();
    });
    Deque<Long> recent = failures.computeIfAbsent(address, a -> new ConcurrentLinkedDeque<>());
    synchronized (recent) {
      if (recent.size() >= FAILURES_ALLOWED) {
        throw new TooManyRequestsResponse("تلاش\u200cهای ناموفق بسیار بود؛ پانزده دقیقه بعد دوباره بیازمایید.");
      }
      if (password.matches(candidate)) {
        return true;
      }
      recent.add(now);
      return false;
    }
  }

  void logOut(Context ctx) {
    ctx.removeCookie(COOKIE, "/");
  }

  boolean hasSession(Context ctx) {
    String v = ctx.cookie(COOKIE);
    int dot = v == null ? -1 : v.indexOf('.');
    if (dot < 0) {
      return false;
    }
    String expiry = v.substring(0, dot);
    try {
      return Keys.same(v.substring(dot + 1), signature(expiry)) && Long.parseLong(expiry) > clock.millis();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether the request carries {@code Authorization: Basic admin:<password>}; failures count as for logins. */
  boolean hasBasic(Context ctx, String address) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    return colon > 0 && decoded.substring(0, colon).equals("admin") && check(address, decoded.substring(colon + 1));
  }

  private String signature(String expiry) {
    return keys.hash("admin-session", expiry, password.fingerprint());
  }
}
