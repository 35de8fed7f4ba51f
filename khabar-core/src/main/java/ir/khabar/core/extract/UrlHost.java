package ir.khabar.core.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host of a link as written, without "www.": read by pattern, not by {@link java.net.URI}, so
 * that a path holding characters a strict URI forbids ({@code
 * news/13980624000519/والیبال|-کونارسکی}, spaces, unescaped Persian) still gives its host.
 */
final class UrlHost {
  private static final Pattern HOST =
      Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:\\s]+)");

  private UrlHost() {}

  static Optional<String> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = HOST.matcher(url.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String h = m.group(1).toLowerCase(Locale.ROOT);
    return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
  }
}
