package ir.khabar.persian.date;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The only place where Jalali and Gregorian dates meet: everything goes through ICU4J's Persian
 * calendar. Dates are handled at noon GMT so that no time-zone or DST rule can shift the day.
 */
final class IcuPersian {
  private static final Calendar PROTOTYPE = prototype();

  private IcuPersian() {}

  /** The Gregorian day of a Jalali date; IllegalArgumentException if the date does not exist. */
  static LocalDate toLocalDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw invalid(year, month, day);
    }
    Calendar cal = fresh();
    cal.setLenient(false);
    cal.set(year, month - 1, day, 12, 0, 0);
    long millis;
    try {
      millis = cal.getTimeInMillis();
    } catch (IllegalArgumentException e) {
      throw invalid(year, month, day);
    }
    LocalDate result = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    if (!equalsFields(fromLocalDate(result), year, month, day)) {
      throw invalid(year, month, day);
    }
    return result;
  }

  /** The Jalali fields {year, month (1-12), day} of a Gregorian day. */
  static int[] fromLocalDate(LocalDate date) {
    Calendar cal = fresh();
    cal.setTimeInMillis(date.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
    return new int[] {
      cal.get(Calendar.YEAR), cal.get(Calendar.MONTH) + 1, cal.get(Calendar.DAY_OF_MONTH)
    };
  }

  private static boolean equalsFields(int[] fields, int year, int month, int day) {
    return fields[0] == year && fields[1] == month && fields[2] == day;
  }

  private static IllegalArgumentException invalid(int year, int month, int day) {
    return new IllegalArgumentException("no such Jalali date: " + year + "-" + month + "-" + day);
  }

  private static Calendar fresh() {
    Calendar cal = (Calendar) PROTOTYPE.clone();
    cal.clear();
    return cal;
  }

  private static Calendar prototype() {
    Calendar cal = Calendar.getInstance(new ULocale("fa_IR@calendar=persian"));
    if (!"persian".equals(cal.getType())) {
      throw new IllegalStateException("ICU returned a " + cal.getType() + " calendar");
    }
    cal.setTimeZone(TimeZone.GMT_ZONE);
    cal.clear();
    return cal;
  }
}
