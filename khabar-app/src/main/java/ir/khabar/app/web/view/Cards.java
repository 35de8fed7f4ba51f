package ir.khabar.app.web.view;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import java.time.Duration;
import java.time.Instant;

/**
 * Cards made from articles and hits. A card says how long ago a news item of the last week came («۳
 * ساعت پیش»), and the day of an older one («۲۹ دی ۱۳۹۴», not «۱۰ سال پیش»): a researcher reading an
 * archive scans days.
 */
public final class Cards {
  /** How old an item may be for its card to say how long ago it came. */
  static final Duration RECENT = Duration.ofDays(7);

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
        recent(a, now) ? Fa.ago(a.published(), a.publishedDayOnly(), now) : "",
        Fa.iso(a.published(), a.publishedDayOnly()),
        snippet,
        more,
        a.story() == null ? a.id() : a.story(),
        views);
  }

  private static boolean recent(Article a, Instant now) {
    return a.published() != null && a.published().toInstant().isAfter(now.minus(RECENT));
  }
}
