package ir.khabar.core;

import java.util.Locale;
import java.util.Objects;

/**
 * How an article's publication date was had, and whether its clock time is known. A date read from
 * a link ({@code news/13941029001623}) or a dateline without a time ("26 آذر 1404") gives only a
 * day: {@code dayOnly} is then true, the date is held at the start of that day in Tehran, and no
 * page shows a time for it.
 *
 * @param basis where the date came from
 * @param dayOnly true when only the day is known, not the time
 */
public record Dating(Basis basis, boolean dayOnly) {
  /** Where a date came from, the most trusted first. */
  public enum Basis {
    /** The page says it: metadata, a dateline, an aggregator's date header. */
    PAGE,
    /** The data record says it (a JSON record's own date field). */
    RECORD,
    /** The article's link encodes it, and nothing better was given. */
    URL,
    /** A date written in the article's text. */
    TEXT,
    /**
     * The name of the file the article came in encodes it (an archive's {@code HAM2-811011-007}),
     * and nothing better was given.
     */
    FILE;

    /**
     * The lower-case name JSON and summaries use: {@code page}, {@code record}, {@code url}, {@code
     * text}, {@code file}.
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Basis ofLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  public Dating {
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * What a date given without saying where it came from is taken for: the page's, to the minute.
   */
  public static final Dating PAGE_TIME = new Dating(Basis.PAGE, false);

  public static Dating of(Basis basis, boolean dayOnly) {
    return new Dating(basis, dayOnly);
  }

  /** {@code day} or {@code minute}, as the JSON's {@code publishedPrecision}. */
  public String precision() {
    return dayOnly ? "day" : "minute";
  }
}
