package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled spelling-variant queries ({@link VariantQueries}): a query is answered exactly when
 * the default all-terms search returns exactly the expected seeds. Prints the score that
 * docs/QUALITY.md reports.
 */
class SeedVariantQueriesTest {
  @TempDir Path data;

  @Test
  void spellingVariantQueriesAreAnsweredExactly() throws Exception {
    Path seeds = SharedData.seeds();
    List<VariantQueries.Case> cases = VariantQueries.all();
    List<String> failures = new ArrayList<>();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data)) {
      Ingest.files(engine, List.of(seeds));
      for (VariantQueries.Case c : cases) {
        Set<String> got = VariantQueries.seedsFound(engine, c.query());
        if (!got.equals(c.expected())) {
          failures.add(c.kind() + " «" + c.query() + "» expected " + c.expected() + " got " + got);
        }
      }
    }
    int exact = cases.size() - failures.size();
    System.out.printf(
        "seed spelling-variant queries answered exactly: %d of %d%n", exact, cases.size());
    failures.forEach(f -> System.out.println("  miss: " + f));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    assertThat(failures)
        .as("queries not answered exactly")
        .hasSizeLessThanOrEqualTo(cases.size() / 20);
  }
}
