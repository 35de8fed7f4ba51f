package ir.khabar.core.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.khabar.core.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A batch's comparisons are made out of order (as the pipeline's workers make them) and its choices
 * in order: versions of one new story in a batch meet, a chain takes the story of its first
 * version, and a band held by more than {@link Stories#CROWDED_BAND} earlier articles brings none
 * of them.
 */
class StoryBatchTest {
  private final Stories stories = new Stories((fingerprint, max) -> List.of());

  @Test
  void versionsOfOneNewStoryInOneBatchMeet() {
    List<Article> articles = List.of(article("a"), article("b"), article("c"));
    List<Fingerprint> prints = List.of(print(1), print(1), print(2));
    StoryBatch batch = stories.batch(articles, prints);

    assertThat(assignedBackwards(batch, 3, List.of())).containsExactly("a", "a", "c");
  }

  @Test
  void aChainTakesTheStoredStoryItsFirstVersionJoined() {
    StoryCandidate stored = new StoryCandidate("old", "story-of-old", print(7));
    List<Article> articles = List.of(article("x"), article("y"));
    List<Fingerprint> prints = List.of(print(7), print(7));
    StoryBatch batch = stories.batch(articles, prints);

    assertThat(assignedBackwards(batch, 2, List.of(stored)))
        .containsExactly("story-of-old", "story-of-old");
  }

  @Test
  void aBandHeldByMoreThanTheCrowdedLimitBringsNoEarlierArticle() {
    int n = Stories.CROWDED_BAND + 2;
    List<Article> articles = IntStream.range(0, n).mapToObj(i -> article("a" + (100 + i))).toList();
    List<Fingerprint> prints = IntStream.range(0, n).mapToObj(i -> print(3)).toList();
    StoryBatch batch = stories.batch(articles, prints);

    List<String> assigned = assignedBackwards(batch, n, List.of());
    // The 51st version has 50 earlier holders of each band and joins; the 52nd has 51: crowded.
    assertThat(assigned.get(Stories.CROWDED_BAND)).isEqualTo("a100");
    assertThat(assigned.get(n - 1)).isEqualTo("a" + (100 + n - 1));
  }

  @Test
  void choicesAreMadeInOrder() {
    StoryBatch batch =
        stories.batch(List.of(article("a"), article("b")), List.of(print(1), print(1)));
    List<StoryBatch.Match> second = batch.compare(1, List.of());

    assertThatThrownBy(() -> batch.assign(1, second)).isInstanceOf(IllegalStateException.class);
  }

  /** Compares the last article first, then chooses in order, as the pipeline may. */
  private static List<String> assignedBackwards(
      StoryBatch batch, int n, List<StoryCandidate> stored) {
    List<List<StoryBatch.Match>> compared = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      compared.add(0, batch.compare(i, stored));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(batch.assign(i, compared.get(i)).story());
    }
    return out;
  }

  private static Article article(String id) {
    return Article.builder().id(id).title("خبر " + id).lead("").body(List.of()).build();
  }

  /** A signature whose every position is {@code seed}: equal seeds are near-duplicates. */
  private static Fingerprint print(int seed) {
    int[] minhash = new int[Fingerprint.HASHES];
    Arrays.fill(minhash, seed);
    return new Fingerprint(minhash, 40, Set.of("خبر"), null, Set.of());
  }
}
