package ir.khabar.core.extract;

import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that belong to the page around an article, not to the article: an agency's end mark, an
 * aggregator's disclaimer and lists, comment forms and counters. Compared in a key form (folded
 * letters, no spaces or half-spaces), so "پربیننده ترین" and "پربیننده\u200cترین" are one marker.
 */
final class Furniture {
  /** Lines where the article has ended: everything after them is page furniture. */
  private static final List<String> TRAILER_STARTS =
      keys(
          "انتهای پیام",
          "منبع خبر",
          "(ادامه)",
          "آدرس ایمیل خود را با فرمت مناسب وارد نمایید",
          "با استناد به ماده ۷۴ قانون تجارت",
          "برچسب ها:",
          "برچسب:",
          "کلید واژه ها:",
          "کلیدواژه:",
          "تگ ها:");

  /**
   * Headings of the site's lists below an article: they start the trailer only as a whole line, a
   * colon or a count after them at most («آخرین اخبار»; «آخرین اخبار از جشنواره فیلم فجر» is a
   * headline).
   */
  private static final List<String> TRAILER_HEADINGS =
      keys(
          "پربیننده ترین خبرها",
          "پربیننده ترین اخبار",
          "پربازدیدترین اخبار",
          "اخبار پیشنهادی",
          "آخرین اخبار",
          "اخبار مرتبط",
          "نظرات کاربران",
          "ارسال نظر");

  private static final Pattern HEADING_TAIL = Pattern.compile("[:：]?\\(?[0-9۰-۹]*\\)?[:：]?$");

  /**
   * Short lines that are furniture only when they are the whole line ("تبادل نظر" is also prose).
   */
  private static final List<String> WHOLE_LINES =
      keys(
          "تبادل نظر",
          "ادامه",
          "اشتراک گذاری",
          "برچسب ها",
          "کلید واژه ها",
          "کد خبر",
          "بیشتر بخوانید",
          "بیشتر بخوانید:");

  /** "العالم ـ ایران ـ سیاسی": an agency's byline of agency, country and desk. */
  private static final Pattern BYLINE =
      Pattern.compile("^[^\\s].{1,30}\\s[ـ–-]\\s.{1,25}\\s[ـ–-]\\s.{1,25}$");

  private static final Pattern END_MARK =
      Pattern.compile("^(انتهای پیام\\s*/?.{0,20}|کد خبر\\s*[:：]?\\s*[0-9۰-۹]+)$");

  private Furniture() {}

  static boolean startsTrailer(String line) {
    String k = key(line);
    return !k.isEmpty()
        && (TRAILER_STARTS.stream().anyMatch(k::startsWith)
            || TRAILER_HEADINGS.contains(HEADING_TAIL.matcher(k).replaceFirst("")));
  }

  static boolean isFurnitureLine(String line) {
    return WHOLE_LINES.contains(key(line));
  }

  /** An agency's end mark: "انتهای پیام/ 241", "کد خبر: 14040730000412". */
  static boolean isEndMark(String line) {
    return END_MARK.matcher(line.strip()).matches();
  }

  static boolean isByline(String line) {
    return line.length() < 70 && BYLINE.matcher(line.strip()).matches();
  }

  static String key(String line) {
    String folded = SearchFolding.fold(line);
    StringBuilder k = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c)) {
        k.append(c);
      }
    }
    return k.toString();
  }

  private static List<String> keys(String... lines) {
    return List.of(lines).stream().map(Furniture::key).toList();
  }
}
