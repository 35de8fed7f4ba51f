package ir.khabar.core.extract.dates;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import java.util.Optional;

/**
 * Dates an article by its link when nothing better was given: a date the page or record states
 * always outranks the link's, and an article whose link encodes no day stays undated (never today).
 * The link's date is a day only, so no time is shown for it.
 */
public final class DateFromLink {
  private final UrlDates urls;

  public DateFromLink(UrlDates urls) {
    this.urls = urls;
  }

  public Article complete(Article a) {
    if (a.published() != null) {
      return a;
    }
    Optional<StatedDate> day =
        urls.of(a.url()).or(() -> urls.of(a.canonicalUrl())).map(StatedDate::day);
    return day.map(d -> a.toBuilder().published(d.time(), d.dating(Dating.Basis.URL)).build())
        .orElse(a);
  }
}
