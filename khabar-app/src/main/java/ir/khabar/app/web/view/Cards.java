package ir.khabar.app.web.view;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import java.time.Instant;

/** Cards made from articles and hits. */
public final class Cards {
  private Cards() {}

  public static Card of(Hit h, Instant now) {
    return card(h.article(), h.snippet(), h.moreInStory(), 0, now);
  }

  public static Card of(Article a, Instant now) {
    return card(a, "", 0, 0, now);
  }

  public static Card viewed(Article a, long views, Instant now) {
    return card(a, "", 0, views, now);
  }

  private static Card card(Article a, String snippet, int more, long views, Instant now) {
    return new Card(
        a.id(),
        a.title(),
        a.source().name(),
        a.source().id(),
        Fa.date(a.published()),
        Fa.ago(a.published(), a.publishedDayOnly(), now),
        Fa.iso(a.published(), a.publishedDayOnly()),
        snippet,
        more,
        a.story() == null ? a.id() : a.story(),
        views);
  }
}
