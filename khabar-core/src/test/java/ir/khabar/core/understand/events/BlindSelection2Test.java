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
 * The second blind event gold (event-gold-blind2.json) holds exactly the articles {@link
 * BlindSelection2} draws from ../shared with its seed, in the draw's order, none of them in the
 * earlier golds.
 */
class BlindSelection2Test {
  @Test
  void theSecondBlindGoldHoldsTheSeededDraw() throws IOException {
    Set<String> earlier = new HashSet<>(EventGoldSources.sources("event-gold.json"));
    earlier.addAll(EventGoldSources.sources("event-gold-blind.json"));
    Path docs = SharedData.folder(EventGoldSources.HAMSHAHRI_DOCS);
    List<JsonNode> records = new ArrayList<>();
    for (Path f : SharedData.farsnewsFiles()) {
      ArticleJson.MAPPER.readTree(f.toFile()).forEach(records::add);
    }
    List<String> drawn = BlindSelection2.all(docs, records, earlier);
    assertThat(EventGoldSources.sources("event-gold-blind2.json")).containsExactlyElementsOf(drawn);
    assertThat(drawn).doesNotContainAnyElementsOf(earlier);
  }
}
