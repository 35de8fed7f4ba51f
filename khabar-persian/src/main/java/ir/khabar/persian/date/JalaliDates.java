package ir.khabar.persian.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Entry point of the Jalali date layer: finding, parsing and formatting dates. */
public final class JalaliDates {
  /** Iran's time zone; the tz database knows the +04:30 summers up to 1401 and +03:30 after. */
  public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

  /** Years below this in a date argument are Jalali, others Gregorian. */
  private static final int FIRST_GREGORIAN_ARGUMENT_YEAR = 1700;

  private static final Pattern ARGUMENT = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

  private JalaliDates() {}

  /**
   * Every date expression in the text, in order of position. {@code reference} is the publication
   * day for relative words and dates without a year; when null those are not reported.
   */
  public static List<DateMention> findAll(String text, LocalDate reference) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return DateFinder.findAll(text, reference);
  }

  public static Optional<DateMention> findFirst(String text, LocalDate reference) {
    return findAll(text, reference).stream().findFirst();
  }

  /**
   * One date as typed on a command line or in a URL: {@code 1404-09-26}, {@code ۱۴۰۴/۹/۲۶} or
   * {@code 2025-12-17}. Years below 1700 are Jalali. Empty for garbage and impossible dates.
   */
  public static Optional<LocalDate> parseDateArgument(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = ARGUMENT.matcher(NormalizedText.of(s).text().strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    return year < FIRST_GREGORIAN_ARGUMENT_YEAR
        ? DateResolver.jalali(year, month, day)
        : DateResolver.gregorian(year, month, day);
  }

  /** {@code ۲۶ آذر ۱۴۰۴}. */
  public static String formatDate(LocalDate d) {
    JalaliDate j = JalaliDate.of(d);
    return Digits.toPersian(j.day() + " " + j.monthName() + " " + j.year());
  }

  /** {@code چهارشنبه ۲۶ آذر ۱۴۰۴، ساعت ۰۷:۴۰}, in Tehran time. */
  public static String formatDateTime(ZonedDateTime t) {
    ZonedDateTime local = t.withZoneSameInstant(TEHRAN);
    return weekdayName(local.getDayOfWeek())
        + " "
        + formatDate(local.toLocalDate())
        + "، ساعت "
        + Digits.twoPersian(local.getHour())
        + ":"
        + Digits.twoPersian(local.getMinute());
  }

  /**
   * {@code چهارشنبه ۲۶ آذر ۱۴۰۴} for a date known only to the day ({@code dayOnly}): no invented
   * «ساعت ۰۰:۰۰»; else {@link #formatDateTime(ZonedDateTime)}.
   */
  public static String formatDateTime(ZonedDateTime t, boolean dayOnly) {
    if (!dayOnly) {
      return formatDateTime(t);
    }
    LocalDate day = t.withZoneSameInstant(TEHRAN).toLocalDate();
    return weekdayName(day.getDayOfWeek()) + " " + formatDate(day);
  }

  /** {@code 1404-09-26T07:40:00+03:30}: the Jalali date-time in Tehran, Latin digits. */
  public static String formatIso(ZonedDateTime t) {
    ZonedDateTime local = t.withZoneSameInstant(TEHRAN);
    JalaliDate j = JalaliDate.of(local.toLocalDate());
    StringBuilder iso = new StringBuilder(25).append(j).append('T');
    JalaliDate.pad(iso, local.getHour(), 2).append(':');
    JalaliDate.pad(iso, local.getMinute(), 2).append(':');
    JalaliDate.pad(iso, local.getSecond(), 2);
    return iso.append(local.getOffset().getId()).toString();
  }

  public static String weekdayName(DayOfWeek day) {
    return PersianNames.weekday(day);
  }
}
