package ir.khabar.app.follow;

import ir.khabar.app.store.Follow;
import ir.khabar.app.store.FollowStore;
import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each active follow's new articles and puts them in the outbox.
 *
 * <p>What is new: an article that entered the index (its {@code ingested} time, which every engine
 * stores) since the follow began, and that this follow was never given. So an archive of old
 * articles ingested today is new to a follower, whatever its publication dates. Each look searches
 * from the last look less {@code lookback}, because an article is stamped when added but seen only
 * once its batch is committed; the store's record of the articles each follow was given keeps the
 * overlap from sending anything twice. One hit per story: a story's other versions are not sent
 * again and again. A daily follow is looked at once a day.
 */
final class FollowMatcher {
  /** At most this many new articles go into one alert. */
  static final int PER_ALERT = 50;

  private static final Duration DAY = Duration.ofDays(1);
  private final SearchEngine engine;
  private final FollowStore store;
  private final Duration lookback;

  FollowMatcher(SearchEngine engine, FollowStore store, Duration lookback) {
    this.engine = engine;
    this.store = store;
    this.lookback = lookback;
  }

  /** Looks once for every active follow; one follow's failure does not stop the others. */
  void run(Instant now) {
    for (Follow f : store.active()) {
      if (f.frequency() == Follow.Frequency.DAILY && now.isBefore(f.highWater().plus(DAY))) {
        continue;
      }
      try {
        look(f, now);
      } catch (IOException | RuntimeException e) {
        System.err.println("follow " + f.id() + ": the search failed: " + e.getMessage());
      }
    }
  }

  private void look(Follow f, Instant now) throws IOException {
    Instant since = f.highWater().minus(lookback);
    if (since.isBefore(f.start())) {
      since = f.start();
    }
    FollowQuery query = FollowQuery.stored(f.query(), f.filters());
    Map<String, Article> found = new LinkedHashMap<>();
    for (Hit h : engine.search(query.request(since, PER_ALERT)).hits()) {
      found.put(h.article().id(), h.article());
    }
    store.recordMatches(
        f.id(),
        now,
        List.copyOf(found.keySet()),
        fresh -> AlertPayload.of(f.id(), fresh.stream().map(found::get).toList()),
        now);
  }
}
