package ir.khabar.core.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One hit per story: the best-ranked version of each story stands for it (the others become the "N
 * more from other agencies" of a results page). Engines read more ranked hits than a page holds,
 * since versions of one story fold into one, and collapse them here.
 */
public final class StoryCollapse {
  /** How a hit's story is read; null for an article in no story. */
  public interface StoryOf<T> {
    String story(T hit) throws IOException;
  }

  /** A hit standing for its story, and the story (null when none). */
  public record Representative<T>(T hit, String story) {}

  private StoryCollapse() {}

  /** How many ranked hits are read for a page from {@code offset}, {@code limit} stories long. */
  public static int overFetch(int offset, int limit) {
    return (offset + limit) * 4 + 20;
  }

  /** How many ranked hits are read for {@code limit} related articles. */
  public static int relatedOverFetch(int limit) {
    return limit * 4 + 10;
  }

  /**
   * The representatives of the page from {@code offset}, at most {@code limit}, in the hits' order.
   */
  public static <T> List<Representative<T>> collapse(
      Iterable<T> ranked, StoryOf<T> storyOf, int offset, int limit) throws IOException {
    List<Representative<T>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int kept = 0;
    for (T hit : ranked) {
      String story = storyOf.story(hit);
      if (story != null && !seen.add(story)) {
        continue;
      }
      if (kept++ < offset) {
        continue;
      }
      out.add(new Representative<>(hit, story));
      if (out.size() == limit) {
        break;
      }
    }
    return out;
  }
}
