package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The site's cookies, made alike: sent only to this site, invisible to scripts, and {@code Secure}
 * whenever the reader came over HTTPS (to us, or to the trusted proxy in front of us).
 */
final class Cookies {
  private final Visitors visitors;

  Cookies(Visitors visitors) {
    this.visitors = visitors;
  }

  /** Sets a cookie; {@code maxAgeSeconds} -1 keeps it until the browser closes. */
  void set(Context ctx, String name, String value, int maxAgeSeconds) {
    Cookie c = new Cookie(name, value);
    c.setHttpOnly(true);
    c.setPath("/");
    c.setSameSite(SameSite.STRICT);
    c.setSecure(visitors.https(ctx));
    c.setMaxAge(maxAgeSeconds);
    ctx.cookie(c);
  }

  void remove(Context ctx, String name) {
    set(ctx, name, "", 0);
  }
}
