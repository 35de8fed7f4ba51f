package ir.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a JSON list of hits is newest first, the undated ones last (how browsing lists articles).
 */
public final class NewestFirst {
  private NewestFirst() {}

  public static void check(JsonNode hits) {
    List<OffsetDateTime> dates = new ArrayList<>();
    boolean undated = false;
    for (JsonNode h : hits) {
      if (h.get("published").isNull()) {
        undated = true;
        continue;
      }
      assertThat(undated).as("a dated hit after an undated one").isFalse();
      dates.add(OffsetDateTime.parse(h.get("published").asText()));
    }
    assertThat(dates).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
  }
}
