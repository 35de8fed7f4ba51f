package ir.khabar.persian.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;

/** Turns the pieces of a matched expression into a day, a time, or nothing. */
final class DateResolver {
  /** How far after the publication day a date without a year may lie (announced events). */
  static final int YEARLESS_LOOKAHEAD_DAYS = 7;

  private static final int OLDEST_JALALI = 1200;
  private static final int NEWEST_JALALI = 1500;
  private static final int OLDEST_GREGORIAN = 1900;
  private static final int NEWEST_GREGORIAN = 2199;

  /** Enough years back to reach a leap year for 30 Esfand. */
  private static final int YEARLESS_SEARCH_YEARS = 8;

  private DateResolver() {}

  static Optional<LocalDate> jalali(int year, int month, int day) {
    try {
      return Optional.of(IcuPersian.toLocalDate(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> gregorian(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Year, month, day in digits; Jalali or Gregorian by the year's range. */
  static Optional<LocalDate> numeric(int year, int month, int day) {
    if (year >= OLDEST_JALALI && year <= NEWEST_JALALI) {
      return jalali(year, month, day);
    }
    if (year >= OLDEST_GREGORIAN && year <= NEWEST_GREGORIAN) {
      return gregorian(year, month, day);
    }
    return Optional.empty();
  }

  /** The latest existing Jalali month/day no later than a week after the reference. */
  static Optional<LocalDate> yearless(int month, int day, LocalDate reference) {
    LocalDate limit = reference.plusDays(YEARLESS_LOOKAHEAD_DAYS);
    int year = JalaliDate.of(limit).year();
    for (int y = year; y > year - YEARLESS_SEARCH_YEARS; y--) {
      Optional<LocalDate> d = jalali(y, month, day);
      if (d.isPresent() && !d.get().isAfter(limit)) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** امروز, دیروز, فردا and friends, by their distance in days from the reference. */
  static LocalDate relativeDay(String word, LocalDate reference) {
    String w = word.replaceAll("\\s+", "");
    switch (w) {
      case "دیروز":
      case "دیشب":
        return reference.minusDays(1);
      case "پریروز":
        return reference.minusDays(2);
      case "فردا":
        return reference.plusDays(1);
      case "پسفردا":
        return reference.plusDays(2);
      default:
        return reference;
    }
  }

  /** The weekday on or before the reference, or strictly before/after with گذشته/آینده. */
  static LocalDate relativeWeekday(DayOfWeek day, String direction, LocalDate reference) {
    if ("گذشته".equals(direction)) {
      return reference.with(TemporalAdjusters.previous(day));
    }
    if ("آینده".equals(direction)) {
      return reference.with(TemporalAdjusters.next(day));
    }
    return reference.with(TemporalAdjusters.previousOrSame(day));
  }

  /** The time written before or after the date, or null. */
  static LocalTime time(Matcher m) {
    LocalTime before = time(m, "tb");
    return before != null ? before : time(m, "ta");
  }

  private static LocalTime time(Matcher m, String prefix) {
    String h = m.group(prefix + "H");
    if (h == null) {
      return null;
    }
    String s = m.group(prefix + "S");
    return LocalTime.of(
        Integer.parseInt(h),
        Integer.parseInt(m.group(prefix + "M")),
        s == null ? 0 : Integer.parseInt(s));
  }
}
