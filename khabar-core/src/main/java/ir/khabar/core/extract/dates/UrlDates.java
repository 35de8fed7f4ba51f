package ir.khabar.core.extract.dates;

import ir.khabar.persian.date.JalaliDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's link encodes, read from its path only (never the host, query or fragment):
 *
 * <ul>
 *   <li>a year, month and day as three path segments: {@code /1402/05/12/} (Jalali) or {@code
 *       /2021/03/05/} (Gregorian);
 *   <li>a numeric id that starts with the Jalali day, as Fars and ISNA write them: {@code
 *       news/13941029001623} (1394/10/29, then a counter) or the older ten-digit {@code
 *       news/8809120951} (88/09/12: the year without its "13").
 * </ul>
 *
 * The calendar work is the date layer's ({@link JalaliDates}, ICU4J). A day that does not exist,
 * lies before the web news era or after today is no date: a sequential id that happens to look like
 * one rarely survives those checks, and an article stays undated rather than wrongly dated.
 */
public final class UrlDates {
  /** No news site put a day in a link before this. */
  static final LocalDate OLDEST = LocalDate.of(1995, 1, 1);

  private static final Pattern PATH =
      Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://[^/?#]*)?([^?#]*)");
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("/(1[34]\\d\\d|(?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])");

  /** Four digits of Jalali year, month, day, and a counter of at least four digits. */
  private static final Pattern LONG_ID = Pattern.compile("(1[34]\\d\\d)(\\d\\d)(\\d\\d)\\d{4,8}");

  /** Two digits of Jalali year (13yy), month, day and a four-digit counter. */
  private static final Pattern SHORT_ID = Pattern.compile("(\\d\\d)(\\d\\d)(\\d\\d)\\d{4}");

  private final Clock clock;

  public UrlDates() {
    this(Clock.systemUTC());
  }

  /** With {@code clock} telling what today is (no link dates an article after it). */
  public UrlDates(Clock clock) {
    this.clock = clock;
  }

  /** The day {@code url} encodes, or empty. */
  public Optional<LocalDate> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    Matcher p = PATH.matcher(url.strip());
    String path = p.find() ? p.group(1) : "";
    Matcher ymd = YEAR_MONTH_DAY.matcher(path);
    if (ymd.find()) {
      return day(ymd.group(1), ymd.group(2), ymd.group(3));
    }
    for (String segment : List.of(path.split("/"))) {
      Optional<LocalDate> d = fromId(segment);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> fromId(String segment) {
    Matcher m = LONG_ID.matcher(segment);
    if (m.matches()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = SHORT_ID.matcher(segment);
    return m.matches() ? day("13" + m.group(1), m.group(2), m.group(3)) : Optional.empty();
  }

  private Optional<LocalDate> day(String year, String month, String day) {
    return day(year, month, day, clock);
  }

  /**
   * The day of a year (Jalali 13xx/14xx or Gregorian), month and day, when it exists and lies in
   * the web news era, not after {@code clock}'s today.
   */
  static Optional<LocalDate> day(String year, String month, String day, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(JalaliDates.TEHRAN));
    return JalaliDates.parseDateArgument(year + "-" + month + "-" + day)
        .filter(d -> !d.isBefore(OLDEST) && !d.isAfter(today.plusDays(1)));
  }
}
