package ir.khabar.core.understand.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second Fars News event gold (event-gold-fars9.json) holds exactly the records {@link
 * Fars9Selection} draws from ../shared, in its order, none of them in an earlier gold. {@code
 * -Dkhabar.fars9.list=true} prints the whole shuffle.
 */
class Fars9SelectionTest {
  @Test
  void theFarsGoldHoldsTheSeededDraw() throws IOException {
    List<String> earlier = new ArrayList<>(Fars8SelectionTest.EARLIER);
    earlier.add("event-gold-fars8.json");
    Fars9Selection.DRAW.assertHeldBy("fars9", earlier);
  }
}
