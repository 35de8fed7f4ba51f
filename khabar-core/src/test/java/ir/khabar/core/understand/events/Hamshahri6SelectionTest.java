package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sixth event gold (event-gold-hamshahri6.json) holds exactly the files {@link
 * Hamshahri6Selection} draws from ../shared, in its order, none of them in an earlier gold.
 */
class Hamshahri6SelectionTest {
  static final List<String> EARLIER =
      List.of(
          "event-gold.json",
          "event-gold-blind.json",
          "event-gold-blind2.json",
          "event-gold-hamshahri3.json",
          "event-gold-hamshahri4.json",
          "event-gold-hamshahri5.json");

  @Test
  void theSixthGoldHoldsTheSeededDraw() throws IOException {
    Set<String> earlier = new HashSet<>();
    for (String gold : EARLIER) {
      earlier.addAll(EventGoldSources.sources(gold));
    }
    List<String> drawn =
        Hamshahri6Selection.all(SharedData.folder(EventGoldSources.HAMSHAHRI_DOCS), earlier);
    if (Boolean.getBoolean("khabar.hamshahri6.list")) {
      drawn.forEach(f -> System.out.println("hamshahri6 draw " + f));
    }
    assertThat(drawn).hasSize(Hamshahri6Selection.SIZE).doesNotContainAnyElementsOf(earlier);
    assertThat(EventGoldSources.sources("event-gold-hamshahri6.json"))
        .containsExactlyElementsOf(drawn);
  }
}
