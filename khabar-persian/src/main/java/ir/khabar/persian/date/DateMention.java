package ir.khabar.persian.date;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A date expression found in a text. {@code start}/{@code end} are UTF-16 offsets into the original
 * text (end exclusive). {@code time} is null when the text gives no clock time. {@code yearImplied}
 * marks a day and month whose year was taken from the publication day; {@code relative} marks words
 * such as امروز or روز سه‌شنبه resolved against it.
 */
public record DateMention(
    int start, int end, LocalDate date, LocalTime time, boolean yearImplied, boolean relative) {
  public DateMention {
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The date at {@code time}, or at the start of the day, in Tehran. */
  public ZonedDateTime inTehran() {
    return ZonedDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time, JalaliDates.TEHRAN);
  }
}
