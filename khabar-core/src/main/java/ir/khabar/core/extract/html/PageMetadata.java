package ir.khabar.core.extract.html;

import ir.khabar.core.extract.dates.StatedDate;
import java.util.List;

/**
 * What a page declares about its article in JSON-LD, OpenGraph and meta tags; any field may be null
 * (or empty) when the page does not say.
 */
public record PageMetadata(
    String title,
    String description,
    String url,
    String canonicalUrl,
    String siteName,
    StatedDate published,
    String section,
    List<String> tags) {

  public PageMetadata {
    tags = List.copyOf(tags == null ? List.of() : tags);
  }
}
