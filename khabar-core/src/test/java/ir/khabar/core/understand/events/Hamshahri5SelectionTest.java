package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fifth event gold (event-gold-hamshahri5.json) holds exactly the files {@link
 * Hamshahri5Selection} draws from ../shared, in its order, none of them in an earlier gold.
 */
class Hamshahri5SelectionTest {
  static final List<String> EARLIER =
      List.of(
          "event-gold.json",
          "event-gold-blind.json",
          "event-gold-blind2.json",
          "event-gold-hamshahri3.json",
          "event-gold-hamshahri4.json");

  @Test
  void theFifthGoldHoldsTheSeededDraw() throws IOException {
    GoldDraws.assertHoldsDraw(
        "hamshahri5", EARLIER, Hamshahri5Selection::all, Hamshahri5Selection.SIZE);
  }
}
