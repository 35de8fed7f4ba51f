package ir.khabar.core.extract;

import ir.khabar.persian.date.DateMention;
import ir.khabar.persian.date.JalaliDates;
import java.time.LocalDate;
import java.util.Optional;

/** A short line that is only a date and maybe a time: "چهارشنبه 26 آذر 1404 - 07:40". */
final class Dateline {
  private static final int MAX_LENGTH = 60;

  private Dateline() {}

  /**
   * The line's date when the line is a dateline; {@code reference} resolves a date without a year.
   */
  static Optional<DateMention> of(String line, LocalDate reference) {
    if (line.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    return JalaliDates.findFirst(line, reference)
        .filter(m -> !m.relative() && m.end() - m.start() >= line.length() / 2);
  }
}
