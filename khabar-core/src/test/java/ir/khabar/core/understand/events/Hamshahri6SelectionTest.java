package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.List;
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
    GoldDraws.assertHoldsDraw(
        "hamshahri6", EARLIER, Hamshahri6Selection::all, Hamshahri6Selection.SIZE);
  }
}
