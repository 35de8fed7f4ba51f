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
 * The blind event gold (event-gold-blind.json) holds exactly the articles {@link BlindSelection}
 * draws from ../shared with its seed, in the draw's order, so nobody chose them by hand.
 */
class BlindSelectionTest {
  @Test
  void theBlindGoldHoldsTheSeededDraw() throws IOException {
    Set<String> seen = new HashSet<>();
    for (JsonNode item : EventGoldSources.gold("event-gold.json")) {
      seen.add(EventGoldSources.source(item));
    }
    Path docs = SharedData.folder(EventGoldSources.HAMSHAHRI_DOCS);
    List<JsonNode> records = new ArrayList<>();
    for (Path f : SharedData.farsnewsFiles()) {
      ArticleJson.MAPPER.readTree(f.toFile()).forEach(records::add);
    }
    List<String> drawn = BlindSelection.all(docs, records, seen);
    List<String> gold = new ArrayList<>();
    for (JsonNode item : EventGoldSources.gold("event-gold-blind.json")) {
      gold.add(EventGoldSources.source(item));
    }
    assertThat(gold).containsExactlyElementsOf(drawn);
  }
}
