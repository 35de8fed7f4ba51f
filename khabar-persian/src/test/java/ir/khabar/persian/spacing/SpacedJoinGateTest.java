package ir.khabar.persian.spacing;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DisplayNormalizer} asks {@link HalfSpaceRestorer#joinSpaced} about two words only when
 * {@link SpacedJoinGate#mayJoin} lets it, and looks the two up in the spelling table only when
 * {@link SpacedJoinGate#mayBeHalfSpaced}. The gate is written beside the rule it gates, so every
 * pair the rule joins unasked must pass it and be joined the same when asked: checked on every
 * neighbouring pair of the PerDT dev sentences with their half-spaces written as spaces, where the
 * rule joins about a thousand.
 */
class SpacedJoinGateTest {
  @Test
  void everyPairTheRestorerJoinsPassesTheGate() throws Exception {
    HalfSpaceRestorer restorer = new HalfSpaceRestorer(Lexicon.get());
    List<String> missed = new ArrayList<>();
    int joined = 0;
    for (String line :
        Files.readAllLines(SharedData.file("data/perdt/perdt-dev.txt"), StandardCharsets.UTF_8)) {
      String[] w = line.replace('\u200c', ' ').split("\\s+");
      for (int i = 0; i + 1 < w.length; i++) {
        if (w[i].isEmpty()) {
          continue;
        }
        String previous = i > 0 ? w[i - 1] : "";
        String ungated =
            restorer.joinSpaced(previous, w[i], w[i + 1], restorer.mayStartHalfSpaced(w[i]));
        if (ungated != null) {
          joined++;
          SpacedJoinGate.Ends first = restorer.spacedEnds(w[i]);
          SpacedJoinGate.Ends second = restorer.spacedEnds(w[i + 1]);
          if (!SpacedJoinGate.mayJoin(first, second)
              || !ungated.equals(
                  restorer.joinSpaced(
                      previous, w[i], w[i + 1], SpacedJoinGate.mayBeHalfSpaced(first, second)))) {
            missed.add(w[i] + " " + w[i + 1]);
          }
        }
      }
    }
    assertThat(joined).as("pairs joined").isGreaterThan(500);
    assertThat(missed).as("joined but gated out").isEmpty();
  }
}
