package ir.khabar.persian.date;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A day in the Solar Hijri (Jalali) calendar, month 1 (فروردین) to 12 (اسفند). Only days that exist
 * can be built: 1403-12-30 is fine (1403 is leap), 1402-12-30 is not. Conversion goes through
 * ICU4J's Persian calendar.
 */
public record JalaliDate(int year, int month, int day) {
  public JalaliDate {
    IcuPersian.toLocalDate(year, month, day);
  }

  public static JalaliDate of(LocalDate date) {
    int[] f = IcuPersian.fromLocalDate(date);
    return new JalaliDate(f[0], f[1], f[2]);
  }

  public LocalDate toLocalDate() {
    return IcuPersian.toLocalDate(year, month, day);
  }

  public String monthName() {
    return monthName(month);
  }

  /** The standard Persian name of month 1..12. */
  public static String monthName(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    return PersianNames.MONTHS.get(month - 1);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }
}
