package ir.khabar.app.web;

import ir.khabar.app.web.view.Fa;
import ir.khabar.core.search.TrendInterval;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.date.JalaliDates;
import java.time.LocalDate;

/**
 * A trend bucket's Jalali name in Persian digits: «۲۶ آذر ۱۴۰۴», «هفتهٔ ۲۲ آذر ۱۴۰۴», «آذر ۱۴۰۴».
 */
final class TrendLabels {
  private TrendLabels() {}

  static String label(TrendInterval interval, LocalDate start) {
    return switch (interval) {
      case DAY -> JalaliDates.formatDate(start);
      case WEEK -> "هفتهٔ " + JalaliDates.formatDate(start);
      case MONTH -> month(start);
    };
  }

  /** The shorter label under the axis: the day and month, or the month and year. */
  static String axis(TrendInterval interval, LocalDate start) {
    JalaliDate j = JalaliDate.of(start);
    return interval == TrendInterval.MONTH
        ? month(start)
        : Fa.number(j.day()) + " " + j.monthName();
  }

  private static String month(LocalDate start) {
    JalaliDate j = JalaliDate.of(start);
    return j.monthName() + " " + year(j.year());
  }

  static String year(int year) {
    return Fa.number(year).replace("٬", "");
  }
}
