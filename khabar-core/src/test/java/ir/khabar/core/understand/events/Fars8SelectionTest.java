package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Fars News event gold (event-gold-fars8.json) holds exactly the records {@link Fars8Selection}
 * draws from ../shared, in its order, none of them in an earlier gold. {@code
 * -Dkhabar.fars8.list=true} prints the whole shuffle.
 */
class Fars8SelectionTest {
  /** Every gold before fars8: hamshahri6's earlier golds, hamshahri6 and hamshahri7. */
  static final List<String> EARLIER =
      Stream.concat(
              Hamshahri6SelectionTest.EARLIER.stream(),
              Stream.of("event-gold-hamshahri6.json", "event-gold-hamshahri7.json"))
          .toList();

  @Test
  void theFarsGoldHoldsTheSeededDraw() throws IOException {
    Fars8Selection.DRAW.assertHeldBy("fars8", EARLIER);
  }
}
