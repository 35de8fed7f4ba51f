package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Span F1 on PEYMA's development part (../shared/data/peyma-dev, 709 news articles labelled by
 * another team), in two halves split by file number: "tune" (even) was read while changing the
 * recogniser, "confirm" (odd) only measured. PEYMA's PER, LOC and ORG are compared with Khabar's
 * person, place (countries included) and organisation; its DAT, TIM, MON and PCT are left out. No
 * other mapping is applied: where the conventions differ (docs/QUALITY.md), the difference counts
 * as an error. Prints the rows docs/QUALITY.md shows; {@code -Dkhabar.entities.debug=true} prints
 * the tune half's misses.
 */
@Tag("integration")
class PeymaSpanQualityTest {
  private final EntityRecognizer recognizer = EntityRecognizer.get();

  @Test
  void peymaDevelopmentHalves() throws IOException {
    Path docs = SharedData.folder("data/peyma-dev/docs");
    SpanScore tune = new SpanScore();
    SpanScore confirm = new SpanScore();
    SpanScore all = new SpanScore();
    boolean debug = Boolean.getBoolean("khabar.entities.debug");
    for (Path f : PeymaDocument.files(docs)) {
      boolean even = PeymaDocument.number(f) % 2 == 0;
      PeymaDocument d = PeymaDocument.read(f);
      Set<SpanScore.Key> predicted = new HashSet<>();
      for (Span s : recognizer.names(d.text())) {
        predicted.add(new SpanScore.Key(s.spanType(), s.start(), s.end()));
      }
      (even ? tune : confirm).add(d.gold(), predicted);
      all.add(d.gold(), predicted);
      if (debug && even) {
        d.printDifferences(predicted, f.getFileName().toString());
      }
    }
    System.out.print(tune.table("peyma-dev tune"));
    System.out.print(confirm.table("peyma-dev confirm"));
    System.out.print(all.table("peyma-dev all"));
    assertThat(all.f1(null)).isGreaterThanOrEqualTo(0.73);
  }
}
