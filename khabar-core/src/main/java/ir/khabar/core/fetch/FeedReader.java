package ir.khabar.core.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.filters.basic.BasicURLNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article links of an RSS or Atom feed, read with Rome. One bad link costs only itself: a link
 * with spaces or other characters a URL may not hold is percent-encoded (crawler-commons'
 * normalizer) when it still reads as a URL, else skipped with the reason. A user name and password
 * are taken out of every link, so that they never become an article's address.
 */
public final class FeedReader {
  private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

  /** A feed that cannot be read, with the reason in plain words. */
  public static final class NotAFeedException extends Exception {
    NotAFeedException(String reason) {
      super(reason);
    }
  }

  /** The feed's links, and the links that could not be read, each with its reason. */
  public record Links(List<URI> links, Map<String, String> bad) {}

  public Links links(URI feed, byte[] xml) throws NotAFeedException {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml))) {
      List<URI> links = new ArrayList<>();
      Map<String, String> bad = new LinkedHashMap<>();
      for (SyndEntry entry : new SyndFeedInput().build(reader).getEntries()) {
        String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
        if (link != null && !link.isBlank()) {
          try {
            links.add(withoutUser(resolve(feed, link.strip())));
          } catch (URISyntaxException e) {
            bad.put(link.strip(), "a link in the feed that is not a URL (" + e.getReason() + ")");
          }
        }
      }
      return new Links(links, bad);
    } catch (FeedException | IllegalArgumentException e) {
      throw new NotAFeedException("not an RSS or Atom feed (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new NotAFeedException("unreadable feed (" + e.getMessage() + ")");
    }
  }

  /**
   * The link against the feed; written with characters a URL may not hold, percent-encoded. Tabs
   * and line breaks inside it are dropped, as browsers do (WHATWG URL standard).
   */
  static URI resolve(URI feed, String written) throws URISyntaxException {
    String link = written.replaceAll("[\\t\\r\\n]", "");
    try {
      return feed.resolve(link);
    } catch (IllegalArgumentException strict) {
      String encoded;
      try {
        encoded = NORMALIZER.filter(new URL(feed.toURL(), link).toString());
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new URISyntaxException(link, e.getMessage() == null ? "unreadable" : e.getMessage());
      }
      if (encoded == null) {
        throw new URISyntaxException(link, "cannot be read even percent-encoded");
      }
      return new URI(encoded);
    }
  }

  private static URI withoutUser(URI link) throws URISyntaxException {
    if (link.getRawUserInfo() == null) {
      return link;
    }
    StringBuilder authority = new StringBuilder(link.getHost());
    if (link.getPort() != -1) {
      authority.append(':').append(link.getPort());
    }
    return new URI(
        link.getScheme()
            + "://"
            + authority
            + (link.getRawPath() == null ? "" : link.getRawPath())
            + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery())
            + (link.getRawFragment() == null ? "" : "#" + link.getRawFragment()));
  }
}
