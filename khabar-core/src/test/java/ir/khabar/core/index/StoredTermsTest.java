package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.search.engine.ArticleDocuments;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The index-wide band filter never calls a stored band absent, however far past its first size it
 * grows, and lets few absent bands through: those are the seeks it saves.
 */
class StoredTermsTest {
  @Test
  void neverMissesAStoredBandAndLetsFewAbsentOnesThrough() {
    StoredTerms stored = new StoredTerms(ArticleDocuments.BANDS, 1_000);
    int n = 3_000_000; // past the smallest filter (2^20 bands) twice over: three filters
    for (int i = 0; i < n; i++) {
      stored.add(band("a", i));
    }
    for (int i = 0; i < n; i++) {
      assertThat(stored.mayHold(band("a", i))).as("stored band %d", i).isTrue();
    }
    int through = 0;
    int asked = 200_000;
    for (int i = 0; i < asked; i++) {
      through += stored.mayHold(band("b", i)) ? 1 : 0;
    }
    assertThat(through / (double) asked).as("absent bands let through").isLessThan(0.03);
  }

  private static BytesRef band(String kind, int i) {
    return new BytesRef(
        kind + Integer.toString(i % 32, 36) + ':' + Integer.toString(i * 31 + 7, 36));
  }
}
