package ir.khabar.core.understand;

import ir.khabar.core.Article;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.events.EventExtractor;
import ir.khabar.persian.date.JalaliDates;
import java.time.LocalDate;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.spacing.DisplayNormalizer;

/**
 * The understanding stage: the article's text as readers should see it (Persian letters and digits,
 * half-spaces restored), the people, countries, places and organisations it mentions, and the events it
 * reports.
 */
public final class Understanding {
  private final DisplayNormalizer display;

  public Understanding(Lexicon lexicon) {
    this.display = new DisplayNormalizer(lexicon);
  }

  public Article understand(Article article) {
    Article shown = article.withText(
        display.normalize(article.title()),
        display.normalize(article.lead()),
        article.body().stream().map(display::normalize).toList());
    String text = shown.fullText();
    EntityRecognizer.Reading reading = EntityRecognizer.get().read(text);
    LocalDate day = shown.published() == null ? null
        : shown.published().withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate();
    return shown.toBuilder().entities(EntityRecognizer.entities(reading.mentions()))
        .events(EventExtractor.events(text, reading, day)).build();
  }
}
