package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eighth event gold (event-gold-hamshahri8.json) holds exactly the files {@link
 * Hamshahri8Selection} draws from ../shared, in its order, none of them in an earlier gold.
 */
class Hamshahri8SelectionTest {
  @Test
  void theEighthGoldHoldsTheSeededDraw() throws IOException {
    List<String> earlier = new ArrayList<>(Hamshahri6SelectionTest.EARLIER);
    earlier.add("event-gold-hamshahri6.json");
    earlier.add("event-gold-hamshahri7.json");
    GoldDraws.assertHoldsDraw(
        "hamshahri8", earlier, Hamshahri8Selection::all, Hamshahri8Selection.SIZE);
  }
}
