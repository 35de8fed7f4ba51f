package ir.khabar.core.search;

import ir.khabar.persian.date.JalaliDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The width of a trend's buckets: a Tehran day, a week from Saturday (the Iranian week), or a
 * Jalali month (through ICU4J's Persian calendar, so فروردین starts at Nowruz).
 */
public enum TrendInterval {
  DAY,
  WEEK,
  MONTH;

  /** {@code day}, {@code week} or {@code month}; IllegalArgumentException for anything else. */
  public static TrendInterval parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "بازهٔ «" + s + "» شناخته نیست؛ day یا week یا month بنویسید.");
    }
  }

  /** The first day of the bucket holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      case MONTH -> {
        JalaliDate j = JalaliDate.of(day);
        yield new JalaliDate(j.year(), j.month(), 1).toLocalDate();
      }
    };
  }

  /** The first day of the bucket after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> {
        JalaliDate j = JalaliDate.of(start);
        yield (j.month() == 12
                ? new JalaliDate(j.year() + 1, 1, 1)
                : new JalaliDate(j.year(), j.month() + 1, 1))
            .toLocalDate();
      }
    };
  }
}
