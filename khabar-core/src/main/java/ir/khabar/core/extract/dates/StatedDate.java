package ir.khabar.core.extract.dates;

import ir.khabar.core.Dating;
import ir.khabar.persian.date.DateMention;
import ir.khabar.persian.date.JalaliDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date as a page or a record states it: the time in Tehran, and whether only the day
 * was given ("2025-10-22", "۲۶ آذر ۱۴۰۴"), in which case the time is the start of that day and
 * means nothing.
 */
public record StatedDate(ZonedDateTime time, boolean dayOnly) {
  public StatedDate {
    Objects.requireNonNull(time, "time");
  }

  /**
   * The date a metadata value or record field holds: ISO-8601 with an offset, a Tehran local ISO
   * time, an ISO day, or any absolute Jalali or Gregorian form the date layer reads. Empty for
   * anything else.
   */
  public static Optional<StatedDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(
          new StatedDate(OffsetDateTime.parse(v).atZoneSameInstant(JalaliDates.TEHRAN), false));
    } catch (DateTimeParseException e) {
      // not an offset date-time: try the next form
    }
    try {
      return Optional.of(new StatedDate(LocalDateTime.parse(v).atZone(JalaliDates.TEHRAN), false));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return Optional.of(day(LocalDate.parse(v)));
    } catch (DateTimeParseException e) {
      // not an ISO day
    }
    return JalaliDates.findFirst(v, null).filter(m -> !m.relative()).map(StatedDate::of);
  }

  /** The date a text mentions, with its time when the text gives one. */
  public static StatedDate of(DateMention m) {
    return new StatedDate(m.inTehran(), m.time() == null);
  }

  /** A day without a time. */
  public static StatedDate day(LocalDate day) {
    return new StatedDate(day.atStartOfDay(JalaliDates.TEHRAN), true);
  }

  public Dating dating(Dating.Basis basis) {
    return Dating.of(basis, dayOnly);
  }
}
