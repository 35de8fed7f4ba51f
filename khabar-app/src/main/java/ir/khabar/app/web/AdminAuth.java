package ir.khabar.app.web;

import io.javalin.http.Context;
import ir.khabar.app.store.AdminSessions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Who may moderate: a session opened by the login form and kept on the server (pages), or HTTP
 * Basic {@code admin:<password>} (the JSON API). Password guesses are limited per address.
 */
final class AdminAuth {
  static final String COOKIE = "khabar_admin";
  private static final Duration SESSION = Duration.ofHours(8);
  private final AdminPassword password;
  private final Keys keys;
  private final AdminSessions sessions;
  private final Cookies cookies;
  private final LoginLimit limit;
  private final Clock clock;

  AdminAuth(
      AdminPassword password, Keys keys, AdminSessions sessions, Cookies cookies, Clock clock) {
    this.password = password;
    this.keys = keys;
    this.sessions = sessions;
    this.cookies = cookies;
    this.limit = new LoginLimit(clock);
    this.clock = clock;
  }

  /** Checks a login; on success a session opens and the browser receives its cookie. */
  boolean logIn(Context ctx, String address, String candidate) {
    if (!check(address, candidate)) {
      return false;
    }
    String token = Keys.token(32);
    Instant now = clock.instant();
    sessions.open(sessionId(token), now.plus(SESSION), now);
    cookies.set(ctx, COOKIE, token, (int) SESSION.toSeconds());
    return true;
  }

  /**
   * The password check behind both the form and Basic, within the address's allowance of guesses.
   */
  private boolean check(String address, String candidate) {
    long attempt = limit.begin(address);
    if (password.matches(candidate)) {
      limit.succeeded(address, attempt);
      return true;
    }
    return false;
  }

  /** Ends the session on the server, so a copy of the cookie ends with it. */
  void logOut(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token != null && !token.isEmpty()) {
      sessions.close(sessionId(token));
    }
    cookies.remove(ctx, COOKIE);
  }

  boolean hasSession(Context ctx) {
    String token = ctx.cookie(COOKIE);
    return token != null && !token.isEmpty() && sessions.isOpen(sessionId(token), clock.instant());
  }

  /**
   * Whether the request carries {@code Authorization: Basic admin:<password>}; failures count as
   * for logins.
   */
  boolean hasBasic(Context ctx, String address) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    return colon > 0
        && decoded.substring(0, colon).equals("admin")
        && check(address, decoded.substring(colon + 1));
  }

  /**
   * What the server keeps of a cookie; bound to the password, so changing it ends every session.
   */
  private String sessionId(String token) {
    return keys.hash("admin-session", token, password.fingerprint());
  }
}
