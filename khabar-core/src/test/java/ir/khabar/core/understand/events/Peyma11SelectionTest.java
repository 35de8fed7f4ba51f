package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PEYMA event gold (event-gold-peyma11.json) holds exactly the articles {@link
 * Peyma11Selection} draws from ../shared, in its order, and no file of PEYMA's confirm half (odd
 * numbers), each item's SHA-256 prefix that of its rebuilt text. {@code -Dkhabar.peyma11.list=true}
 * prints the pool's size and the whole shuffle.
 */
class Peyma11SelectionTest {
  @Test
  void thePeymaGoldHoldsTheSeededDraw() throws IOException {
    Path docs = SharedData.folder(Peyma11Selection.DOCS);
    if (Boolean.getBoolean("khabar.peyma11.list")) {
      List<String> eligible = Peyma11Selection.eligible(docs);
      System.out.println("peyma11 eligible " + eligible.size());
      Peyma11Selection.draw(docs, eligible.size())
          .forEach(f -> System.out.println("peyma11 draw " + f));
    }
    List<String> drawn = Peyma11Selection.draw(docs, Peyma11Selection.SIZE);
    assertThat(drawn).hasSize(Peyma11Selection.SIZE).allMatch(Peyma11Selection::tune);
    List<String> held = EventGoldSources.sources("event-gold-peyma11.json");
    assertThat(held).allMatch(Peyma11Selection::tune).containsExactlyElementsOf(drawn);
    for (JsonNode item : EventGoldSources.gold("event-gold-peyma11.json")) {
      assertThat(item.get("corpus").asText()).isEqualTo(EventGoldSources.PEYMA);
      String file = item.get("file").asText();
      assertThat(EventGoldSources.sha256(EventGoldSources.peymaText(file)))
          .as("%s: the corpus changed under the gold (SHA-256 prefix differs)", file)
          .startsWith(item.get("sha256").asText());
    }
  }
}
