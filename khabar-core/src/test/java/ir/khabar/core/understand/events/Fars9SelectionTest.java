package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The second Fars News event gold (event-gold-fars9.json) holds exactly the records {@link
 * Fars9Selection} draws from ../shared, in its order, none of them in an earlier gold. {@code
 * -Dkhabar.fars9.list=true} prints the whole shuffle.
 */
class Fars9SelectionTest {
  static final List<String> EARLIER =
      List.of(
          "event-gold.json",
          "event-gold-blind.json",
          "event-gold-blind2.json",
          "event-gold-hamshahri3.json",
          "event-gold-hamshahri4.json",
          "event-gold-hamshahri5.json",
          "event-gold-hamshahri6.json",
          "event-gold-hamshahri7.json",
          "event-gold-fars8.json");

  @Test
  void theFarsGoldHoldsTheSeededDraw() throws IOException {
    Set<String> earlier = new HashSet<>();
    for (String gold : EARLIER) {
      earlier.addAll(EventGoldSources.sources(gold));
    }
    List<JsonNode> records = new ArrayList<>();
    for (Path f : SharedData.farsnewsFiles()) {
      ArticleJson.MAPPER.readTree(f.toFile()).forEach(records::add);
    }
    if (Boolean.getBoolean("khabar.fars9.list")) {
      List<String> eligible = Fars9Selection.eligible(records, earlier);
      System.out.println("fars9 eligible " + eligible.size());
      Fars9Selection.draw(records, earlier, eligible.size())
          .forEach(l -> System.out.println("fars9 draw " + l));
    }
    List<String> drawn = Fars9Selection.all(records, earlier);
    assertThat(drawn).hasSize(Fars9Selection.SIZE).doesNotContainAnyElementsOf(earlier);
    assertThat(EventGoldSources.sources("event-gold-fars9.json")).containsExactlyElementsOf(drawn);
  }
}
