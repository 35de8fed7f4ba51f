package ir.khabar.core.index;

import ir.khabar.core.stories.Stories;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.BytesRef;

/**
 * Story bands an earlier lookup found crowded (held by more than {@link Stories#CROWDED_BAND}
 * articles). Khabar's index is only ever added to (an article already stored is skipped, never
 * replaced or deleted), so a crowded band stays crowded, and a later lookup skips it without
 * seeking it in every segment: the seeks that grow with the number of segments. Bounded: past
 * {@link #LIMIT} bands it learns no more, and the lookups seek the rest as before.
 */
final class CrowdedBands {
  static final int LIMIT = 200_000;

  private final Set<BytesRef> known = ConcurrentHashMap.newKeySet();

  boolean contains(BytesRef band) {
    return known.contains(band);
  }

  void add(BytesRef band) {
    if (known.size() < LIMIT) {
      known.add(band);
    }
  }

  int size() {
    return known.size();
  }
}
