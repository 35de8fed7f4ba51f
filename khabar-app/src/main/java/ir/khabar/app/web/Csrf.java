package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

/**
 * Cross-site request forgery protection for the site's forms: a random value in a same-site,
 * script-invisible cookie, and in a hidden field of every form its keyed hash under the site's
 * secret. A POST whose field is not the hash of its cookie, or that comes from another origin, is
 * refused; so is a cookie and field an attacker made up alike.
 */
final class Csrf {
  static final String COOKIE = "khabar_csrf";
  static final String FIELD = "csrf";
  private final Keys keys;
  private final Cookies cookies;

  Csrf(Keys keys, Cookies cookies) {
    this.keys = keys;
    this.cookies = cookies;
  }

  /** The token for this browser's forms; its cookie is set now when it has none. */
  String token(Context ctx) {
    String nonce = ctx.attribute(COOKIE);
    if (nonce == null) {
      nonce = ctx.cookie(COOKIE);
    }
    if (nonce == null || nonce.length() < 20) {
      nonce = Keys.token(24);
      cookies.set(ctx, COOKIE, nonce, -1);
    }
    ctx.attribute(COOKIE, nonce);
    return fieldFor(nonce);
  }

  void check(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx)) {
      throw new ForbiddenResponse("درخواست از نشانی دیگری آمده است.");
    }
    String nonce = ctx.cookie(COOKIE);
    if (nonce == null || nonce.length() < 20 || !Keys.same(fieldFor(nonce), ctx.formParam(FIELD))) {
      throw new ForbiddenResponse("نشست فرم منقضی شده است؛ صفحه را دوباره باز کنید و بفرستید.");
    }
  }

  private String fieldFor(String nonce) {
    return keys.hash("csrf", nonce);
  }

  private static boolean sameOrigin(String origin, Context ctx) {
    String host = ctx.host();
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
