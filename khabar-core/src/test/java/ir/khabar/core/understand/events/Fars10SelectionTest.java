package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The third Fars News event gold (event-gold-fars10.json) holds exactly the records {@link
 * Fars10Selection} draws from ../shared, in its order, none of them in an earlier gold (fars8 and
 * fars9 included). {@code -Dkhabar.fars10.list=true} prints the whole shuffle.
 */
class Fars10SelectionTest {
  /** Every gold before fars10: fars8's earlier golds, fars8 and fars9. */
  static final List<String> EARLIER = earlier();

  private static List<String> earlier() {
    List<String> earlier = new ArrayList<>(Fars8SelectionTest.EARLIER);
    earlier.add("event-gold-fars8.json");
    earlier.add("event-gold-fars9.json");
    return List.copyOf(earlier);
  }

  @Test
  void theFarsGoldHoldsTheSeededDraw() throws IOException {
    Fars10Selection.DRAW.assertHeldBy("fars10", EARLIER);
  }
}
