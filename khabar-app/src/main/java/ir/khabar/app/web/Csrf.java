package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;

/**
 * Cross-site request forgery protection for the site's forms: a random token in a same-site,
 * script-invisible cookie, repeated in a hidden field of every form; a POST whose field does not match
 * its cookie, or that comes from another origin, is refused.
 */
final class Csrf {
  static final String COOKIE = "khabar_csrf";
  static final String FIELD = "csrf";

  /** The browser's token, set now when it has none. */
  String token(Context ctx) {
    String t = ctx.cookie(COOKIE);
    if (t == null || t.length() < 20) {
      t = Keys.token(24);
      Cookie c = new Cookie(COOKIE, t);
      c.setHttpOnly(true);
      c.setPath("/");
      c.setSameSite(SameSite.STRICT);
      ctx.cookie(c);
      ctx.attribute(COOKIE, t);
    }
    return t;
  }

  void check(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx)) {
      throw new ForbiddenResponse("درخواست از نشانی دیگری آمده است.");
    }
    if (!Keys.same(ctx.cookie(COOKIE), ctx.formParam(FIELD))) {
      throw new ForbiddenResponse("نشست فرم منقضی شده است؛ صفحه را دوباره باز کنید و بفرستید.");
    }
  }

  private static boolean sameOrigin(String origin, Context ctx) {
    String host = ctx.host();
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
