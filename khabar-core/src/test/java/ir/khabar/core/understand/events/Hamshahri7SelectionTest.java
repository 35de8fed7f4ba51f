package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventh event gold (event-gold-hamshahri7.json) holds exactly the files {@link
 * Hamshahri7Selection} draws from ../shared, in its order, none of them in an earlier gold.
 */
class Hamshahri7SelectionTest {
  @Test
  void theSeventhGoldHoldsTheSeededDraw() throws IOException {
    List<String> earlier = new ArrayList<>(Hamshahri6SelectionTest.EARLIER);
    earlier.add("event-gold-hamshahri6.json");
    GoldDraws.assertHoldsDraw(
        "hamshahri7", earlier, Hamshahri7Selection::all, Hamshahri7Selection.SIZE);
  }
}
