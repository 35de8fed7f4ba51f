package ir.khabar.core.stories;

import ir.khabar.core.Article;
import java.io.IOException;
import java.util.List;

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
   * skipped among a batch's articles ({@link StoryBatch}), and among the stored ones by every
   * {@link Memory}.
   */
  public static final int CROWDED_BAND = 50;

  private final Memory memory;

  public Stories(Memory memory) {
    this.memory = memory;
  }

  /**
   * Stored articles that may share the fingerprint's story; safe to ask from several threads at
   * once.
   */
  public List<StoryCandidate> stored(Fingerprint fingerprint) throws IOException {
    return memory.storyCandidates(fingerprint, CANDIDATES);
  }

  /**
   * New articles, in arrival order, to be given their stories, so that versions of a new story in
   * one batch meet; the articles of earlier batches must be committed to the memory.
   */
  public StoryBatch batch(List<Article> articles, List<Fingerprint> fingerprints) {
    return new StoryBatch(articles, fingerprints);
  }
}
