package ir.khabar.persian.date;

import java.util.regex.Pattern;

/**
 * The regular expressions for date expressions, each with the {@link Gate} a text must pass to hold
 * a match, applied to folded text (Latin digits, Persian letters, a space for every ZWNJ). Each
 * pattern may carry a time before (groups tbH/tbM/tbS) and after (taH/taM/taS) the date itself.
 */
final class DatePatterns {
  private DatePatterns() {}

  private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_BEFORE_LETTER = "(?!\\p{L})";
  private static final String WEEKDAY = "(?:" + PersianNames.weekdayRegex() + ")";
  private static final String MONTH = "(?:" + PersianNames.monthRegex() + ")";
  private static final String ORDINAL = "(?:" + PersianNames.ordinalRegex() + ")";
  private static final String DAY_PART_NOT_NIGHT =
      "بامداد|صبحگاه|صبح|بعد\\h*از\\h*ظهر|ظهر|عصر|غروب|شامگاه";
  private static final String DAY_PART = "(?:" + DAY_PART_NOT_NIGHT + "|شب)";

  private static String time(String p) {
    return "(?<![\\d:])(?<"
        + p
        + "H>[01]?\\d|2[0-3]):(?<"
        + p
        + "M>[0-5]\\d)"
        + "(?::(?<"
        + p
        + "S>[0-5]\\d))?(?![\\d:])";
  }

  private static final String TIME_BEFORE =
      "(?:(?:ساعت\\h*)?" + time("tb") + "\\h*(?:[-–—،,]\\h*)?)?";
  private static final String TIME_AFTER =
      "(?:\\h*(?:[-–—،,]\\h*)?(?:ساعت\\h*)?" + time("ta") + ")?";
  private static final String WEEKDAY_BEFORE = "(?:" + NOT_AFTER_WORD + WEEKDAY + "\\h*[،,]?\\h*)?";

  /** A full ISO date-time, with or without offset: {@code 2025-10-22T07:40:00+03:30}. */
  static final Pattern ISO_DATE_TIME =
      Pattern.compile(
          NOT_AFTER_WORD
              + "(?<iso>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
              + "(?<offset>Z|[+-]\\d{2}:\\d{2})?(?!\\p{N})");

  /** Year, month and day in digits: {@code 1404/9/26}, {@code 2025-10-22}. */
  static final Pattern NUMERIC =
      Pattern.compile(
          TIME_BEFORE
              + WEEKDAY_BEFORE
              + "(?<!\\p{N}[/.\\-])"
              + NOT_AFTER_WORD
              + "(?<y>\\d{4})(?<sep>[/.\\-])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"
              + "(?!\\p{N}|[/.\\-]\\p{N})"
              + TIME_AFTER);

  /** Day, month name and optional year: {@code چهارشنبه ۲۶ آذر ۱۴۰۴}, {@code یکم آبان ماه}. */
  static final Pattern TEXTUAL =
      Pattern.compile(
          TIME_BEFORE
              + WEEKDAY_BEFORE
              + NOT_AFTER_WORD
              + "(?:(?<d>\\d{1,2})\\h*|(?<od>"
              + ORDINAL
              + ")\\h+)"
              + "(?<mo>"
              + MONTH
              + ")(?:\\h*ماه)?"
              + NOT_BEFORE_LETTER
              + "(?:\\h*[،,]?\\h*(?:سال\\h*)?(?<y>1[2-4]\\d{2}|1500)(?!\\p{N}))?"
              + TIME_AFTER);

  /** A day word relative to the publication day: {@code عصر امروز (سه شنبه)}. */
  static final Pattern RELATIVE_DAY =
      Pattern.compile(
          TIME_BEFORE
              + NOT_AFTER_WORD
              + "(?:"
              + DAY_PART
              + "\\h+)?"
              + "(?<rel>"
              + PersianNames.relativeDayRegex()
              + ")"
              + NOT_BEFORE_LETTER
              + "(?:\\h*\\(\\h*"
              + WEEKDAY
              + "\\h*\\)|\\h*[،,]\\h*"
              + WEEKDAY
              + NOT_BEFORE_LETTER
              + ")?"
              + TIME_AFTER);

  /**
   * A weekday named relative to the publication day: {@code روز سه‌شنبه}, {@code شامگاه سه‌شنبه},
   * {@code شنبه گذشته}. "شب" is left out as a prefix: "شب جمعه" is Thursday evening.
   */
  static final Pattern RELATIVE_WEEKDAY =
      Pattern.compile(
          TIME_BEFORE
              + NOT_AFTER_WORD
              + "(?:(?<part>"
              + DAY_PART_NOT_NIGHT
              + "|روز)\\h+)?"
              + "(?<wd>"
              + WEEKDAY
              + ")"
              + NOT_BEFORE_LETTER
              + "(?:\\h+(?<dir>گذشته|آینده)"
              + NOT_BEFORE_LETTER
              + ")?"
              + TIME_AFTER);

  static final Gate ISO_GATE = Gate.digits(4);
  static final Gate NUMERIC_GATE = Gate.digits(4);

  /**
   * A textual date holds a month's name, and before it a day in digits (spaces between) or an
   * ordinal word.
   */
  static final Gate TEXTUAL_GATE =
      Gate.anyOf(PersianNames.monthWords())
          .and(
              Gate.holdingOrAnyOf(Pattern.compile("\\d\\h*" + MONTH), PersianNames.ordinalWords()));

  static final Gate RELATIVE_DAY_GATE = Gate.anyOf(PersianNames.RELATIVE_DAYS);
  static final Gate RELATIVE_WEEKDAY_GATE = Gate.anyOf(PersianNames.WEEKDAY_ENDINGS);
}
