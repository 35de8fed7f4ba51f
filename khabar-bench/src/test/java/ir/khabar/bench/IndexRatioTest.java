package ir.khabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small in-run measurement on the sample corpus: both engines index, the figures are there and
 * ordered, and the indexes are deleted. The ratio itself is measured by a longer run and written
 * into docs/BENCHMARKS.md.
 */
class IndexRatioTest {
  @TempDir Path work;

  @Tag("load")
  @Test
  void aFewRoundsGiveARatioWithItsQuartiles() throws Exception {
    Path dir = work.resolve("ratio");
    IndexRatio.Result r = IndexRatio.run(new IndexRatio.Options(4, 1, 10, null, dir, true, false));

    assertThat(r.rounds()).isEqualTo(4);
    assertThat(r.khabarMs()).isPositive();
    assertThat(r.stockMs()).isPositive();
    assertThat(r.ratio()).isPositive().isBetween(r.lowerQuartile(), r.upperQuartile());
    assertThat(r.ofSums()).isPositive();
    assertThat(Files.exists(dir)).as("the run deletes its indexes").isFalse();
  }

  @Test
  void quantilesInterpolateBetweenTheSortedValues() {
    double[] values = {0.9, 0.6, 0.8, 0.7};
    assertThat(IndexRatio.median(values)).isCloseTo(0.75, Offset.offset(1e-9));
    assertThat(IndexRatio.quantile(values, 0.0)).isEqualTo(0.6);
    assertThat(IndexRatio.quantile(values, 1.0)).isEqualTo(0.9);
    assertThat(values).as("the values are not sorted in place").containsExactly(0.9, 0.6, 0.8, 0.7);
  }
}
