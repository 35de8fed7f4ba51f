package ir.khabar.core.understand.events;

import ir.khabar.persian.date.DateMention;
import ir.khabar.persian.date.JalaliDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The day a sentence says its event happened, resolved against the article's day: a date or a day
 * word («امروز», «دیروز», «یکشنبه شب», «۲۱ آذرماه»), or «روز گذشته» / «شب گذشته» (yesterday), which
 * the date finder leaves to the reader.
 */
final class EventDates {
  private EventDates() {}

  /**
   * The date mentions of one sentence, found once when first asked: a sentence's clauses and its
   * statement all ask for their day, and finding dates is the costly part.
   */
  static final class Sentence {
    private final String text;
    private final LocalDate day;
    private List<DateMention> mentions;

    Sentence(String text, LocalDate day) {
      this.text = text;
      this.day = day;
    }

    private List<DateMention> mentions() {
      if (mentions == null) {
        mentions = JalaliDates.findAll(text, day);
      }
      return mentions;
    }
  }

  /**
   * The day stated by the sentence's chars [from, to) and their words {@code keys}, or empty when
   * they state none (or the article has no day).
   */
  static Optional<LocalDate> stated(Sentence sentence, int from, int to, List<String> keys) {
    for (DateMention m : sentence.mentions()) {
      if (m.start() >= from && m.start() < to) {
        return Optional.of(m.date());
      }
    }
    LocalDate day = sentence.day;
    if (day == null) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < keys.size(); i++) {
      String first = keys.get(i);
      if ((first.equals("روز") || first.equals("شب")) && keys.get(i + 1).equals("گذشته")) {
        return Optional.of(day.minusDays(1));
      }
    }
    return weekday(keys, day);
  }

  /**
   * Spans of time a clause may say its event lies back in: «ماه گذشته», «سه سال پیش», «چندی پیش».
   */
  private static final Set<String> UNITS =
      EventContext.folded(
          "چندی",
          "مدتی",
          "هفته",
          "ماه",
          "سال",
          "دهه",
          "قرن",
          "هفته\u200cها",
          "ماه\u200cها",
          "سال\u200cها",
          "هفته\u200cهای",
          "ماه\u200cهای",
          "سال\u200cهای",
          "دهه\u200cهای");

  private static final Set<String> BACK = EventContext.folded("گذشته", "پیش", "قبل");

  /**
   * Words that tell a time before the article's without a day: «اخیراً», «پیشتر», «قبلاً»; «چند روز
   * از دیدار … می‌گذرد», the time since it.
   */
  private static final Set<String> EARLIER =
      EventContext.folded("اخیرا", "اخیر", "پیشتر", "قبلا", "سابقا", "تاکنون", "میگذرد");

  /**
   * Months, by name: a clause naming one with no day («در ماه مارس», «اسفند سال گذشته») tells a
   * month, not the article's day. Names that are everyday words too (مهر, تیر, دی, آذر, بهمن,
   * خرداد, مرداد, مه) only after «ماه».
   */
  private static final Set<String> MONTHS =
      EventContext.folded(
          "فروردین",
          "اردیبهشت",
          "شهریور",
          "آبان",
          "اسفند",
          "ژانویه",
          "فوریه",
          "مارس",
          "آوریل",
          "ژوئن",
          "ژوئیه",
          "ژوییه",
          "اوت",
          "سپتامبر",
          "اکتبر",
          "نوامبر",
          "دسامبر");

  private static final Set<String> MONTHS_AFTER_MAH =
      EventContext.folded("خرداد", "تیر", "مرداد", "مهر", "آذر", "دی", "بهمن", "مه");

  /**
   * Whether the clause's words {@code keys} put its event at another time they give no day of: a
   * span back («ماه گذشته», «سه سال پیش», «سفر اخیر»), a year («در سال ۱۹۹۵»), a month, or an
   * earlier time («قبلاً», «تاکنون»). Such an event is not dated by the article's day.
   */
  static boolean elsewhen(List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      String next = i + 1 < keys.size() ? keys.get(i + 1) : "";
      if (EARLIER.contains(key)
          || MONTHS.contains(key)
          || key.equals("ماه") && MONTHS_AFTER_MAH.contains(next)
          || UNITS.contains(key) && (back(keys, i + 1) || year(next))) {
        return true;
      }
    }
    return false;
  }

  /** «گذشته», «پیش», «قبل» at {@code i}, not «پیش رو» (the month ahead). */
  private static boolean back(List<String> keys, int i) {
    return i < keys.size()
        && BACK.contains(keys.get(i))
        && !(i + 1 < keys.size() && keys.get(i + 1).equals("رو"));
  }

  /** A year's number: «۱۹۹۵», «۱۳۸۲», «۸۲». */
  private static boolean year(String key) {
    return (key.length() == 2 || key.length() == 4) && key.chars().allMatch(Character::isDigit);
  }

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "شنبه", DayOfWeek.SATURDAY,
          "یکشنبه", DayOfWeek.SUNDAY,
          "دوشنبه", DayOfWeek.MONDAY,
          "سهشنبه", DayOfWeek.TUESDAY,
          "چهارشنبه", DayOfWeek.WEDNESDAY,
          "پنجشنبه", DayOfWeek.THURSDAY,
          "جمعه", DayOfWeek.FRIDAY);

  private static final Set<String> DAY_PARTS =
      EventContext.folded("شب", "صبح", "عصر", "ظهر", "بامداد", "شامگاه", "روز");

  /**
   * «پزشکیان یکشنبه شب …», «عصر سه شنبه»: a weekday with a part of the day is the last such day on
   * or before the article's.
   */
  private static Optional<LocalDate> weekday(List<String> keys, LocalDate day) {
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key.equals("سه") && i + 1 < keys.size() && keys.get(i + 1).equals("شنبه")) {
        key = "سهشنبه";
      }
      DayOfWeek d = WEEKDAYS.get(key);
      int after = key.equals("سهشنبه") && !keys.get(i).equals(key) ? i + 2 : i + 1;
      boolean part =
          after < keys.size() && DAY_PARTS.contains(keys.get(after))
              || i > 0 && DAY_PARTS.contains(keys.get(i - 1)) && !keys.get(i - 1).equals("شب");
      if (d != null && part) {
        return Optional.of(day.with(TemporalAdjusters.previousOrSame(d)));
      }
    }
    return Optional.empty();
  }
}
