package ir.khabar.persian.date;

import java.time.LocalDate;

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

  /** yyyy-MM-dd, as {@code String.format("%04d-%02d-%02d")} wrote it, without its cost. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(10);
    pad(text, year, 4).append('-');
    pad(text, month, 2).append('-');
    return pad(text, day, 2).toString();
  }

  /** Appends a non-negative {@code value} with leading zeros to at least {@code width} digits. */
  static StringBuilder pad(StringBuilder to, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      to.append('0');
    }
    return to.append(digits);
  }
}
