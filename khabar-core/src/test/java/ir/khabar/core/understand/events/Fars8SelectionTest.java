package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Fars News event gold (event-gold-fars8.json) holds exactly the records {@link Fars8Selection}
 * draws from ../shared, in its order, none of them in an earlier gold. {@code
 * -Dkhabar.fars8.list=true} prints the whole shuffle.
 */
class Fars8SelectionTest {
  static final List<String> EARLIER =
      List.of(
          "event-gold.json",
          "event-gold-blind.json",
          "event-gold-blind2.json",
          "event-gold-hamshahri3.json",
          "event-gold-hamshahri4.json",
          "event-gold-hamshahri5.json",
          "event-gold-hamshahri6.json",
          "event-gold-hamshahri7.json");

  @Test
  void theFarsGoldHoldsTheSeededDraw() throws IOException {
    Fars8Selection.DRAW.assertHeldBy("fars8", EARLIER);
  }
}
