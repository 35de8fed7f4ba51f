package ir.khabar.core.understand;

import ir.khabar.core.Article;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.events.EventExtractor;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.spacing.DisplayNormalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The understanding stage: the article's text as readers should see it (Persian letters and digits,
 * half-spaces restored), the people, countries, places and organisations it mentions, and the
 * events it reports.
 */
public final class Understanding {
  /** Two or more spaces, tabs or no-break spaces in a row (never a new line or a half-space). */
  private static final Pattern SPACES = Pattern.compile("[ \t\u00A0\u202F]{2,}");

  private final DisplayNormalizer display;

  public Understanding(Lexicon lexicon) {
    this.display = new DisplayNormalizer(lexicon);
  }

  /**
   * The text as readers see it, with runs of spaces made one ("ظریف و نهاوندیان" → "ظریف و
   * نهاوندیان").
   */
  private String shown(String text) {
    return SPACES.matcher(display.normalize(text)).replaceAll(" ").strip();
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
