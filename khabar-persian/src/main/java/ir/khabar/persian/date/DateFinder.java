package ir.khabar.persian.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in one text. Patterns run from the most to the least specific; a match
 * that overlaps one already taken is dropped, so "سه\u200cشنبه ۲۵ آذر" is not also a bare weekday.
 */
final class DateFinder {
  private static final int OLDEST_ISO_YEAR = 1900;

  private final NormalizedText text;
  private final LocalDate reference;
  private final List<DateMention> mentions = new ArrayList<>();
  private final List<int[]> taken = new ArrayList<>();

  private DateFinder(NormalizedText text, LocalDate reference) {
    this.text = text;
    this.reference = reference;
  }

  static List<DateMention> findAll(String original, LocalDate reference) {
    DateFinder f = new DateFinder(NormalizedText.of(original), reference);
    f.scan(DatePatterns.ISO_DATE_TIME, DatePatterns.ISO_GATE, f::iso);
    f.scan(DatePatterns.NUMERIC, DatePatterns.NUMERIC_GATE, f::numeric);
    f.scan(DatePatterns.TEXTUAL, DatePatterns.TEXTUAL_GATE, f::textual);
    if (reference != null) {
      f.scan(DatePatterns.RELATIVE_DAY, DatePatterns.RELATIVE_DAY_GATE, f::relativeDay);
      f.scan(DatePatterns.RELATIVE_WEEKDAY, DatePatterns.RELATIVE_WEEKDAY_GATE, f::relativeWeekday);
    }
    f.mentions.sort(Comparator.comparingInt(DateMention::start));
    return List.copyOf(f.mentions);
  }

  /** What a match stands for, before its offsets are mapped back to the original text. */
  private record Found(LocalDate date, LocalTime time, boolean yearImplied, boolean relative) {}

  private void scan(Pattern pattern, Gate gate, Function<Matcher, Optional<Found>> reader) {
    if (!gate.opens(text.text())) {
      return;
    }
    Matcher m = pattern.matcher(text.text());
    while (m.find()) {
      if (m.end() > m.start() && isFree(m.start(), m.end())) {
        reader.apply(m).ifPresent(found -> take(m.start(), m.end(), found));
      }
    }
  }

  private boolean isFree(int start, int end) {
    return taken.stream().noneMatch(t -> start < t[1] && t[0] < end);
  }

  private void take(int start, int end, Found f) {
    taken.add(new int[] {start, end});
    mentions.add(
        new DateMention(
            text.originalStart(start),
            text.originalEnd(end),
            f.date(),
            f.time(),
            f.yearImplied(),
            f.relative()));
  }

  private Optional<Found> iso(Matcher m) {
    try {
      LocalDateTime local = LocalDateTime.parse(m.group("iso"));
      String offset = m.group("offset");
      ZonedDateTime t =
          offset == null
              ? local.atZone(JalaliDates.TEHRAN)
              : local.atOffset(ZoneOffset.of(offset)).atZoneSameInstant(JalaliDates.TEHRAN);
      if (t.getYear() < OLDEST_ISO_YEAR) {
        return Optional.empty();
      }
      return Optional.of(new Found(t.toLocalDate(), t.toLocalTime(), false, false));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<Found> numeric(Matcher m) {
    return DateResolver.numeric(number(m, "y"), number(m, "mo"), number(m, "d"))
        .map(d -> new Found(d, DateResolver.time(m), false, false));
  }

  private Optional<Found> textual(Matcher m) {
    int day = m.group("d") != null ? number(m, "d") : PersianNames.ordinal(m.group("od"));
    int month = PersianNames.month(m.group("mo"));
    boolean yearImplied = m.group("y") == null;
    Optional<LocalDate> date;
    if (!yearImplied) {
      date = DateResolver.jalali(number(m, "y"), month, day);
    } else if (reference != null) {
      date = DateResolver.yearless(month, day, reference);
    } else {
      date = Optional.empty();
    }
    return date.map(d -> new Found(d, DateResolver.time(m), yearImplied, false));
  }

  private Optional<Found> relativeDay(Matcher m) {
    LocalDate d = DateResolver.relativeDay(m.group("rel"), reference);
    return Optional.of(new Found(d, DateResolver.time(m), false, true));
  }

  private Optional<Found> relativeWeekday(Matcher m) {
    String direction = m.group("dir");
    if (m.group("part") == null && direction == null) {
      return Optional.empty();
    }
    LocalDate d =
        DateResolver.relativeWeekday(PersianNames.weekdayOf(m.group("wd")), direction, reference);
    return Optional.of(new Found(d, DateResolver.time(m), false, true));
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
