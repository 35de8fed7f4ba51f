package ir.khabar.core.stories;

import ir.khabar.core.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch of new articles, in arrival order, to be given their stories: each joins the story of
 * the closest stored or earlier article of the batch that is the same story ({@link SameStory}), or
 * starts its own. The comparisons ({@link #compare}) ask nothing of the other articles' stories, so
 * they run on any thread; only the choice ({@link #assign}) runs in order, since an earlier
 * article's story must be known first. Articles of earlier batches are the stored ones: the caller
 * commits between batches.
 */
public final class StoryBatch {
  private final List<Article> articles;
  private final List<Fingerprint> fingerprints;

  /** Each band's holders in the batch, by position, ascending. */
  private final Map<String, int[]> holders;

  private final String[] stories;
  private int next;

  StoryBatch(List<Article> articles, List<Fingerprint> fingerprints) {
    if (articles.size() != fingerprints.size()) {
      throw new IllegalArgumentException("one fingerprint per article");
    }
    this.articles = List.copyOf(articles);
    this.fingerprints = List.copyOf(fingerprints);
    this.holders = holders(this.fingerprints);
    this.stories = new String[articles.size()];
  }

  private static Map<String, int[]> holders(List<Fingerprint> fingerprints) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < fingerprints.size(); i++) {
      for (String band : fingerprints.get(i).bands()) {
        List<Integer> list = lists.computeIfAbsent(band, k -> new ArrayList<>(2));
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach(
        (band, list) -> out.put(band, list.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /**
   * A candidate that is the same story as the article compared: its id, how similar it is, and
   * whose story it has: a stored article's, or the earlier article's of the batch at {@code
   * earlier}.
   */
  public record Match(String id, double similarity, StoryCandidate stored, int earlier) {}

  /**
   * The candidates that are the same story as article {@code i}: its {@code stored} ones (found in
   * the index) and the earlier articles of the batch sharing one of its bands, unless more than
   * {@link Stories#CROWDED_BAND} earlier ones share that band. Safe to call from several threads.
   */
  public List<Match> compare(int i, List<StoryCandidate> stored) {
    Fingerprint fingerprint = fingerprints.get(i);
    Map<String, Match> candidates = new LinkedHashMap<>();
    for (StoryCandidate c : stored) {
      candidates.computeIfAbsent(
          c.id(), id -> new Match(id, c.fingerprint().similarity(fingerprint), c, -1));
    }
    for (String band : fingerprint.bands()) {
      int[] sharing = holders.get(band);
      int before = Arrays.binarySearch(sharing, i);
      if (before > Stories.CROWDED_BAND) {
        continue;
      }
      for (int k = 0; k < before; k++) {
        int earlier = sharing[k];
        candidates.computeIfAbsent(
            articles.get(earlier).id(),
            id -> new Match(id, fingerprints.get(earlier).similarity(fingerprint), null, earlier));
      }
    }
    List<Match> matches = new ArrayList<>();
    for (Match m : candidates.values()) {
      Fingerprint other =
          m.stored() != null ? m.stored().fingerprint() : fingerprints.get(m.earlier());
      if (SameStory.test(fingerprint, other)) {
        matches.add(m);
      }
    }
    return matches;
  }

  /**
   * Article {@code i} with its story, given what {@link #compare} found for it; called for every
   * article in order.
   */
  public synchronized Article assign(int i, List<Match> matches) {
    if (i != next) {
      throw new IllegalStateException("article " + i + " assigned before article " + next);
    }
    Match best = null;
    for (Match m : matches) {
      if (best == null || closer(m, best)) {
        best = m;
      }
    }
    Article article = articles.get(i);
    stories[i] =
        best == null
            ? article.id()
            : best.stored() != null ? best.stored().story() : stories[best.earlier()];
    next++;
    return article.toBuilder().story(stories[i]).build();
  }

  /**
   * More similar, or as similar and the lower id: the answer must not hang on the candidates'
   * order.
   */
  private static boolean closer(Match m, Match best) {
    return m.similarity() > best.similarity()
        || (m.similarity() == best.similarity() && m.id().compareTo(best.id()) < 0);
  }
}
