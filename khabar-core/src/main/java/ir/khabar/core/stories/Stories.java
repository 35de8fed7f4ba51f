package ir.khabar.core.stories;

import ir.khabar.core.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories stage: each new article joins the story of the stored or just-seen article it is the
 * same story as (near-duplicate, or another version of the event), or starts a story of its own
 * whose id is its own id. Candidates come from locality-sensitive bands of the MinHash signature,
 * so the cost per article does not grow with the number of stories: no all-pairs pass.
 */
public final class Stories {
  /** Where stored articles' fingerprints are found by band: the index. */
  public interface Memory {
    List<StoryCandidate> storyCandidates(Fingerprint fingerprint, int max) throws IOException;
  }

  private static final int CANDIDATES = 8;

  /**
   * A band shared by more articles than this is boilerplate or a common name pair, not a story:
   * skipped among the batch's articles here, and among the stored ones by every {@link Memory}.
   */
  public static final int CROWDED_BAND = 50;

  private final Memory memory;
  private final Map<String, List<StoryCandidate>> recentByBand = new HashMap<>();

  public Stories(Memory memory) {
    this.memory = memory;
  }

  /** The article with its story; remembers it for the articles of the same batch. */
  public Article assign(Article article, Fingerprint fingerprint) throws IOException {
    return assign(article, fingerprint, stored(fingerprint));
  }

  /**
   * Stored articles that may share the fingerprint's story; safe to ask from several threads at
   * once.
   */
  public List<StoryCandidate> stored(Fingerprint fingerprint) throws IOException {
    return memory.storyCandidates(fingerprint, CANDIDATES);
  }

  /**
   * The article with its story, given the stored candidates found for it ({@link #stored}); call in
   * arrival order, so that versions of a new story in one batch meet.
   */
  public synchronized Article assign(
      Article article, Fingerprint fingerprint, List<StoryCandidate> stored) {
    String story = bestStory(fingerprint, stored);
    Article assigned = article.toBuilder().story(story != null ? story : article.id()).build();
    StoryCandidate seen = new StoryCandidate(assigned.id(), assigned.story(), fingerprint);
    for (String band : fingerprint.bands()) {
      List<StoryCandidate> sharing = recentByBand.computeIfAbsent(band, k -> new ArrayList<>(2));
      if (sharing.size() <= CROWDED_BAND) {
        sharing.add(seen);
      }
    }
    return assigned;
  }

  /** After a commit the index answers for everything seen so far. */
  public synchronized void committed() {
    recentByBand.clear();
  }

  private String bestStory(Fingerprint fingerprint, List<StoryCandidate> stored) {
    Map<String, StoryCandidate> candidates = new LinkedHashMap<>();
    for (StoryCandidate c : stored) {
      candidates.putIfAbsent(c.id(), c);
    }
    for (String band : fingerprint.bands()) {
      List<StoryCandidate> sharing = recentByBand.getOrDefault(band, List.of());
      if (sharing.size() > CROWDED_BAND) {
        continue;
      }
      for (StoryCandidate c : sharing) {
        candidates.putIfAbsent(c.id(), c);
      }
    }
    StoryCandidate best = null;
    double bestSimilarity = 0;
    for (StoryCandidate c : candidates.values()) {
      double s = c.fingerprint().similarity(fingerprint);
      if (SameStory.test(fingerprint, c.fingerprint())
          && (best == null || closer(c, s, best, bestSimilarity))) {
        best = c;
        bestSimilarity = s;
      }
    }
    return best == null ? null : best.story();
  }

  /**
   * More similar, or as similar and the lower id: the answer must not hang on the candidates'
   * order.
   */
  private static boolean closer(StoryCandidate c, double s, StoryCandidate best, double bestS) {
    return s > bestS || (s == bestS && c.id().compareTo(best.id()) < 0);
  }
}
