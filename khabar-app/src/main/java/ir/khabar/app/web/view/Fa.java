package ir.khabar.app.web.view;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.util.ULocale;
import ir.khabar.persian.date.JalaliDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** The interface's Persian: numbers in Persian digits, Jalali dates, "۳ ساعت پیش". */
public final class Fa {
  private static final ULocale FA = new ULocale("fa");
  private static final ThreadLocal<NumberFormat> NUMBERS =
      ThreadLocal.withInitial(() -> NumberFormat.getInstance(FA));
  private static final RelativeDateTimeFormatter RELATIVE =
      RelativeDateTimeFormatter.getInstance(FA);

  private Fa() {}

  public static String number(long n) {
    return NUMBERS.get().format(n);
  }

  /** {@code ۲۶ آذر ۱۴۰۴} in Tehran, or empty when the date is unknown. */
  public static String date(ZonedDateTime t) {
    return t == null
        ? ""
        : JalaliDates.formatDate(t.withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate());
  }

  /** {@code چهارشنبه ۲۶ آذر ۱۴۰۴، ساعت ۰۷:۴۰}. */
  public static String dateTime(ZonedDateTime t) {
    return t == null ? "" : JalaliDates.formatDateTime(t);
  }

  /** {@code چهارشنبه ۲۶ آذر ۱۴۰۴}, without a time, when only the day is known. */
  public static String dateTime(ZonedDateTime t, boolean dayOnly) {
    return t == null ? "" : JalaliDates.formatDateTime(t, dayOnly);
  }

  public static String dateTime(Instant t) {
    return dateTime(t.atZone(JalaliDates.TEHRAN));
  }

  /**
   * How long ago, in words: {@code ۳ ساعت پیش}, {@code ۲ روز پیش}; empty for unknown or future
   * times.
   */
  public static String ago(ZonedDateTime t, Instant now) {
    return t == null ? "" : ago(t.toInstant(), now);
  }

  /**
   * As {@link #ago(ZonedDateTime, Instant)}, but for a date known only to the day in whole days:
   * «امروز», «دیروز», «۳ روز پیش» — never hours counted from an invented midnight.
   */
  public static String ago(ZonedDateTime t, boolean dayOnly, Instant now) {
    if (t == null || !dayOnly) {
      return ago(t, now);
    }
    LocalDate day = t.withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate();
    long days = ChronoUnit.DAYS.between(day, now.atZone(JalaliDates.TEHRAN).toLocalDate());
    if (days < 0) {
      return "";
    }
    if (days < 2) {
      return RELATIVE.format(
          days == 0 ? Direction.THIS : Direction.LAST, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
    }
    return days < 31 ? RELATIVE.format(days, Direction.LAST, RelativeUnit.DAYS) : ago(t, now);
  }

  public static String ago(Instant t, Instant now) {
    Duration d = Duration.between(t, now);
    if (d.isNegative()) {
      return "";
    }
    RelativeDateTimeFormatter f = RELATIVE;
    if (d.toMinutes() < 1) {
      return f.format(Direction.PLAIN, RelativeDateTimeFormatter.AbsoluteUnit.NOW);
    }
    if (d.toHours() < 1) {
      return f.format(d.toMinutes(), Direction.LAST, RelativeUnit.MINUTES);
    }
    if (d.toDays() < 1) {
      return f.format(d.toHours(), Direction.LAST, RelativeUnit.HOURS);
    }
    if (d.toDays() < 31) {
      return f.format(d.toDays(), Direction.LAST, RelativeUnit.DAYS);
    }
    if (d.toDays() < 365) {
      return f.format(d.toDays() / 30, Direction.LAST, RelativeUnit.MONTHS);
    }
    return f.format(d.toDays() / 365, Direction.LAST, RelativeUnit.YEARS);
  }

  /** The machine-readable time of a {@code <time datetime>} attribute. */
  public static String iso(ZonedDateTime t) {
    return t == null ? "" : t.toOffsetDateTime().toString();
  }

  /**
   * The machine-readable day ({@code 2016-01-19}) of a date known only to the day, else {@link
   * #iso(ZonedDateTime)}.
   */
  public static String iso(ZonedDateTime t, boolean dayOnly) {
    return t == null || !dayOnly
        ? iso(t)
        : t.withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate().toString();
  }
}
