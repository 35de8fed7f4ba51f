package ir.khabar.core.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The article links of an RSS or Atom feed, read with Rome. */
public final class FeedReader {
  /** A feed that cannot be read, with the reason in plain words. */
  public static final class NotAFeedException extends Exception {
    NotAFeedException(String reason) {
      super(reason);
    }
  }

  public List<URI> links(URI feed, byte[] xml) throws NotAFeedException {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml))) {
      List<URI> links = new ArrayList<>();
      for (SyndEntry entry : new SyndFeedInput().build(reader).getEntries()) {
        String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
        if (link != null && !link.isBlank()) {
          links.add(feed.resolve(link.strip()));
        }
      }
      return links;
    } catch (FeedException | IllegalArgumentException e) {
      throw new NotAFeedException("not an RSS or Atom feed (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new NotAFeedException("unreadable feed (" + e.getMessage() + ")");
    }
  }
}
