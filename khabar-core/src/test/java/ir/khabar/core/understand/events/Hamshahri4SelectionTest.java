package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fourth event gold (event-gold-hamshahri4.json) holds exactly the next files of {@link
 * Hamshahri3Selection}'s order after the third gold's, in that order, none of them in an earlier
 * gold.
 */
class Hamshahri4SelectionTest {
  private static final List<String> EARLIER =
      List.of(
          "event-gold.json",
          "event-gold-blind.json",
          "event-gold-blind2.json",
          "event-gold-hamshahri3.json");

  @Test
  void theFourthGoldHoldsTheNextFilesInTheThirdsOrder() throws IOException {
    Set<String> firstThree = new HashSet<>();
    for (String gold : EARLIER.subList(0, 3)) {
      firstThree.addAll(EventGoldSources.sources(gold));
    }
    Path docs = SharedData.folder(EventGoldSources.HAMSHAHRI_DOCS);
    List<String> third = EventGoldSources.sources("event-gold-hamshahri3.json");
    List<String> fourth = EventGoldSources.sources("event-gold-hamshahri4.json");
    // The third gold's order continued: its 40 files, then the fourth's, with nothing between.
    List<String> order = Hamshahri3Selection.ranked(docs, firstThree);
    assertThat(order.subList(0, third.size())).containsExactlyElementsOf(third);
    assertThat(order.subList(third.size(), third.size() + Hamshahri4Selection.SIZE))
        .containsExactlyElementsOf(fourth);

    Set<String> earlier = new HashSet<>(firstThree);
    earlier.addAll(third);
    assertThat(fourth)
        .hasSize(Hamshahri4Selection.SIZE)
        .containsExactlyElementsOf(Hamshahri4Selection.all(docs, earlier))
        .doesNotContainAnyElementsOf(earlier);
  }
}
