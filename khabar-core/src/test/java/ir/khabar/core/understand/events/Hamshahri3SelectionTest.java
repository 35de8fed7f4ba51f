package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The third event gold (event-gold-hamshahri3.json) holds exactly the files {@link
 * Hamshahri3Selection} chooses from ../shared, in its order, none of them in an earlier gold.
 */
class Hamshahri3SelectionTest {
  @Test
  void theThirdGoldHoldsTheDensestEligibleFiles() throws IOException {
    Set<String> earlier = new HashSet<>();
    for (String gold :
        List.of("event-gold.json", "event-gold-blind.json", "event-gold-blind2.json")) {
      earlier.addAll(EventGoldSources.sources(gold));
    }
    List<String> chosen =
        Hamshahri3Selection.all(SharedData.folder(EventGoldSources.HAMSHAHRI_DOCS), earlier);
    assertThat(EventGoldSources.sources("event-gold-hamshahri3.json"))
        .containsExactlyElementsOf(chosen);
    assertThat(chosen).doesNotContainAnyElementsOf(earlier);
  }
}
