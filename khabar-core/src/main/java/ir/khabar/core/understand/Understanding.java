package ir.khabar.core.understand;

import ir.khabar.core.Article;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.events.EventExtractor;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.spacing.DisplayNormalizer;
import java.time.LocalDate;

/**
 * The understanding stage: the article's text as readers should see it (Persian letters and digits,
 * half-spaces restored), the people, countries, places and organisations it mentions, and the
 * events it reports.
 */
public final class Understanding {
  private final DisplayNormalizer display;

  public Understanding(Lexicon lexicon) {
    this.display = new DisplayNormalizer(lexicon);
  }

  /**
   * The text as readers see it, with runs of spaces made one ("ظریف و نهاوندیان" → "ظریف و
   * نهاوندیان").
   */
  private String shown(String text) {
    return oneSpace(display.normalize(text)).strip();
  }

  /**
   * Each run of two or more spaces, tabs or no-break spaces (never a new line or a half-space) made
   * one space.
   */
  static String oneSpace(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int end = i;
      while (end < n && isSpace(text.charAt(end))) {
        end++;
      }
      if (end - i >= 2) {
        if (out == null) {
          out = new StringBuilder(n).append(text, 0, i);
        }
        out.append(' ');
        i = end - 1;
      } else if (out != null) {
        out.append(text.charAt(i));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
  }

  public Article understand(Article article) {
    Article shown =
        article.withText(
            shown(article.title()),
            shown(article.lead()),
            article.body().stream().map(this::shown).toList());
    String text = shown.fullText();
    EntityRecognizer.Reading reading = EntityRecognizer.get().read(text);
    LocalDate day =
        shown.published() == null
            ? null
            : shown.published().withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate();
    return shown.toBuilder()
        .entities(EntityRecognizer.entities(reading.mentions()))
        .events(EventExtractor.events(text, reading, day))
        .build();
  }
}
