package ir.khabar.core.understand;

import ir.khabar.core.Article;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.spacing.DisplayNormalizer;

/**
 * The understanding stage: the article's text as readers should see it (Persian letters and digits,
 * half-spaces restored). Entities and events join here in later work.
 */
public final class Understanding {
  private final DisplayNormalizer display;

  public Understanding(Lexicon lexicon) {
    this.display = new DisplayNormalizer(lexicon);
  }

  public Article understand(Article article) {
    return article.withText(
        display.normalize(article.title()),
        display.normalize(article.lead()),
        article.body().stream().map(display::normalize).toList());
  }
}
