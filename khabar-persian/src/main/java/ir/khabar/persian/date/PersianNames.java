package ir.khabar.persian.date;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month, weekday and ordinal-day words. Spellings used for matching are in folded form (see {@link
 * NormalizedText}): Persian yeh and kaf, a space wherever a ZWNJ may stand.
 */
final class PersianNames {
  private PersianNames() {}

  static final List<String> MONTHS =
      List.of(
          "فروردین",
          "اردیبهشت",
          "خرداد",
          "تیر",
          "مرداد",
          "شهریور",
          "مهر",
          "آبان",
          "آذر",
          "دی",
          "بهمن",
          "اسفند");

  private static final String[] UNITS = {
    "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"
  };
  private static final String[] TEENS = {
    "دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم",
    "نوزدهم"
  };

  private static final Map<String, Integer> MONTH_SPELLINGS = monthSpellings();
  private static final Map<String, DayOfWeek> WEEKDAY_SPELLINGS = weekdaySpellings();
  private static final Map<String, Integer> ORDINAL_SPELLINGS = ordinalSpellings();
  private static final Map<String, Integer> ORDINALS = compactKeys(ORDINAL_SPELLINGS);

  static String weekday(DayOfWeek d) {
    switch (d) {
      case SATURDAY:
        return "شنبه";
      case SUNDAY:
        return "یکشنبه";
      case MONDAY:
        return "دوشنبه";
      case TUESDAY:
        return "سه\u200cشنبه";
      case WEDNESDAY:
        return "چهارشنبه";
      case THURSDAY:
        return "پنج\u200cشنبه";
      default:
        return "جمعه";
    }
  }

  /** Regex alternation of month spellings (folded text). */
  static String monthRegex() {
    return alternation(monthWords());
  }

  /** Regex alternation of weekday spellings, with any spacing between the two halves. */
  static String weekdayRegex() {
    return "(?:(?:سه|چهار|پنج|یک|دو)\\h*)?شنبه|جمعه";
  }

  /** What every weekday's spelling contains. */
  static final List<String> WEEKDAY_ENDINGS = List.of("شنبه", "جمعه");

  /** Day words relative to the publication day, longest first. */
  static final List<String> RELATIVE_DAYS =
      List.of("پس فردا", "پریروز", "امروز", "امشب", "دیروز", "دیشب", "فردا");

  static String relativeDayRegex() {
    return alternation(RELATIVE_DAYS);
  }

  static List<String> monthWords() {
    return List.copyOf(MONTH_SPELLINGS.keySet());
  }

  static List<String> ordinalWords() {
    return List.copyOf(ORDINAL_SPELLINGS.keySet());
  }

  /** Regex alternation of ordinal day words, with any spacing inside compound ones. */
  static String ordinalRegex() {
    return alternation(ordinalWords());
  }

  static int month(String folded) {
    Integer m = MONTH_SPELLINGS.get(compact(folded));
    if (m == null) {
      throw new IllegalArgumentException("not a month: " + folded);
    }
    return m;
  }

  static DayOfWeek weekdayOf(String folded) {
    DayOfWeek d = WEEKDAY_SPELLINGS.get(compact(folded));
    if (d == null) {
      throw new IllegalArgumentException("not a weekday: " + folded);
    }
    return d;
  }

  /** The day number of an ordinal word, or -1. */
  static int ordinal(String folded) {
    return ORDINALS.getOrDefault(compact(folded), -1);
  }

  private static String compact(String s) {
    return s.replaceAll("[\\s\u200c]+", "");
  }

  private static String alternation(List<String> spellings) {
    return spellings.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(s -> s.replace(" ", "\\h*"))
        .collect(Collectors.joining("|"));
  }

  private static Map<String, Integer> monthSpellings() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < MONTHS.size(); i++) {
      m.put(MONTHS.get(i), i + 1);
    }
    m.put("امرداد", 5);
    m.put("اذر", 9);
    m.put("ابان", 8);
    return m;
  }

  private static Map<String, DayOfWeek> weekdaySpellings() {
    Map<String, DayOfWeek> m = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      m.put(compact(weekday(d).replace('\u200c', ' ')), d);
    }
    return m;
  }

  private static Map<String, Integer> ordinalSpellings() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < UNITS.length; i++) {
      m.put(UNITS[i], i + 1);
      m.put("بیست و " + UNITS[i], 21 + i);
    }
    for (int i = 0; i < TEENS.length; i++) {
      m.put(TEENS[i], 10 + i);
    }
    m.put("اول", 1);
    m.put("هیجدهم", 18);
    m.put("هژدهم", 18);
    m.put("بیستم", 20);
    m.put("سی ام", 30);
    m.put("سی و یکم", 31);
    return m;
  }

  private static Map<String, Integer> compactKeys(Map<String, Integer> spaced) {
    Map<String, Integer> m = new LinkedHashMap<>();
    spaced.forEach((k, v) -> m.put(compact(k), v));
    return m;
  }
}
