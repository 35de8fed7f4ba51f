package ir.khabar.app.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses the templates build from text: encoded, so a tag like «C&D» or «a+b» searches for
 * itself.
 */
public final class Links {
  private Links() {}

  public static String search(String query) {
    return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
