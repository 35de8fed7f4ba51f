package ir.khabar.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Who is asking, as far as counting views and limiting comments needs: a keyed hash of the address
 * (never the address itself), a daily visitor key, and whether the client is a crawler that says
 * so.
 */
final class Visitors {
  /** Crawlers that announce themselves; browsers, curl and HTTP libraries are readers. */
  private static final Pattern BOTS =
      Pattern.compile(
          "bot\\b|bot/|crawler|spider|slurp|facebookexternalhit|mediapartners|bingpreview|ia_archiver|"
              + "lighthouse|pingdom|uptimerobot|semrush|ahrefs|yandex|baidu|"
              + "petalbot|bytespider|gptbot|ccbot|claudebot|applebot|duckduckbot|khabarbot",
          Pattern.CASE_INSENSITIVE);

  private final Keys keys;
  private final boolean trustProxy;

  Visitors(Keys keys, boolean trustProxy) {
    this.keys = keys;
    this.trustProxy = trustProxy;
  }

  static boolean isBot(String userAgent) {
    return userAgent != null && BOTS.matcher(userAgent).find();
  }

  boolean isBot(Context ctx) {
    return isBot(ctx.userAgent());
  }

  /**
   * The client's address: the connection's, or behind a trusted proxy the last X-Forwarded-For
   * entry, the one that proxy added (earlier entries are whatever the client wrote).
   */
  String ip(Context ctx) {
    String forwarded = trustProxy ? lastHop(ctx.header("X-Forwarded-For")) : "";
    return forwarded.isEmpty() ? ctx.ip() : forwarded;
  }

  /**
   * Whether the reader came over HTTPS: to us, or, behind a trusted proxy, to the proxy
   * (X-Forwarded-Proto).
   */
  boolean https(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || trustProxy && "https".equalsIgnoreCase(lastHop(ctx.header("X-Forwarded-Proto")));
  }

  private static String lastHop(String header) {
    if (header == null) {
      return "";
    }
    return header.substring(header.lastIndexOf(',') + 1).strip();
  }

  String address(Context ctx) {
    return keys.hash("address", ip(ctx));
  }

  /**
   * The same reader on the same browser gives the same key all day, and another key the next day.
   */
  String visitor(Context ctx, LocalDate day) {
    String ua = ctx.userAgent() == null ? "" : ctx.userAgent();
    return keys.hash("visitor", day.toString(), ip(ctx), ua);
  }
}
