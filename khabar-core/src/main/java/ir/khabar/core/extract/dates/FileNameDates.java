package ir.khabar.core.extract.dates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day the name of an input file encodes (never its folders): a year, month and day apart
 * ({@code 1402-05-12}, {@code 2021_03_05}) or together ({@code 14020512}), Jalali or Gregorian, or
 * the six digits of a Jalali day without its «13» as Hamshahri's archive names its files ({@code
 * HAM2-811011-007}: 1381/10/11). The same checks as a link's day: it exists, lies in the web news
 * era and not after today; a number that is no day leaves the article undated.
 */
public final class FileNameDates {
  private static final String YEAR = "(1[34]\\d\\d|(?:19|20)\\d\\d)";

  /** A day stands apart in the name: «a7812150b», a hexadecimal id, holds none. */
  private static final String APART_BEFORE = "(?<![\\p{L}\\p{N}])";

  private static final String APART_AFTER = "(?![\\p{L}\\p{N}])";

  private static final List<Pattern> SHAPES =
      List.of(
          Pattern.compile(APART_BEFORE + YEAR + "[-_.](\\d{1,2})[-_.](\\d{1,2})" + APART_AFTER),
          Pattern.compile(APART_BEFORE + YEAR + "(\\d\\d)(\\d\\d)" + APART_AFTER));

  /** Two digits of a Jalali year of the 13s (1370s–1390s), month and day. */
  private static final Pattern SHORT =
      Pattern.compile(APART_BEFORE + "([789]\\d)(\\d\\d)(\\d\\d)" + APART_AFTER);

  private final Clock clock;

  public FileNameDates() {
    this(Clock.systemUTC());
  }

  /** With {@code clock} telling what today is (no file name dates an article after it). */
  public FileNameDates(Clock clock) {
    this.clock = clock;
  }

  /** The day the last name of {@code path} encodes, or empty. */
  public Optional<LocalDate> of(String path) {
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(name);
      while (m.find()) {
        Optional<LocalDate> d = UrlDates.day(m.group(1), m.group(2), m.group(3), clock);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Matcher m = SHORT.matcher(name);
    while (m.find()) {
      Optional<LocalDate> d = UrlDates.day("13" + m.group(1), m.group(2), m.group(3), clock);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
