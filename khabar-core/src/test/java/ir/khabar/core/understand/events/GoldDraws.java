package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A drawn event gold holds exactly the files its selection draws from ../shared, in its order, none
 * of them in an earlier gold. {@code -Dkhabar.NAME.list=true} prints the draw.
 */
final class GoldDraws {
  /** A selection rule: the files it draws from the Hamshahri documents, leaving out some. */
  interface Draw {
    List<String> all(Path docs, Set<String> excluded) throws IOException;
  }

  private GoldDraws() {}

  static void assertHoldsDraw(String name, List<String> earlierGolds, Draw draw, int size)
      throws IOException {
    Set<String> earlier = new HashSet<>();
    for (String gold : earlierGolds) {
      earlier.addAll(EventGoldSources.sources(gold));
    }
    List<String> drawn = draw.all(SharedData.folder(EventGoldSources.HAMSHAHRI_DOCS), earlier);
    if (Boolean.getBoolean("khabar." + name + ".list")) {
      drawn.forEach(f -> System.out.println(name + " draw " + f));
    }
    assertThat(drawn).hasSize(size).doesNotContainAnyElementsOf(earlier);
    assertThat(EventGoldSources.sources("event-gold-" + name + ".json"))
        .containsExactlyElementsOf(drawn);
  }
}
