package ir.khabar.core.extract.dates;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;

/**
 * Dates an article of a file of its own (a text or HTML page, not a record of a WARC or JSON file,
 * whose name tells when the archive was made) by the file's name, when neither the page nor its
 * link gave a day. A day only, so no time is shown for it.
 */
public final class DateFromFileName {
  private final FileNameDates names;

  public DateFromFileName(FileNameDates names) {
    this.names = names;
  }

  public Article complete(Article a, String file) {
    if (a.published() != null) {
      return a;
    }
    return names
        .of(file)
        .map(StatedDate::day)
        .map(d -> a.toBuilder().published(d.time(), d.dating(Dating.Basis.FILE)).build())
        .orElse(a);
  }
}
