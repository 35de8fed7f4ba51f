package ir.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.Ingester;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled spelling-variant queries over the seeds (seed-variant-queries.tsv, labelled by reading
 * the seeds): a query is answered exactly when the default all-terms search returns exactly the
 * expected seeds. Prints the score that docs/QUALITY.md reports.
 */
class SeedVariantQueriesTest {
  private record Case(String kind, String query, Set<String> expected) {}

  @TempDir Path data;

  @Test
  void spellingVariantQueriesAreAnsweredExactly() throws Exception {
    Path seeds = SharedData.seeds();
    List<Case> cases = cases();
    List<String> failures = new ArrayList<>();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(data)) {
      new Ingester(engine).ingest(List.of(seeds), done -> { });
      for (Case c : cases) {
        Set<String> got = seedsFound(engine, c.query);
        if (!got.equals(c.expected)) {
          failures.add(c.kind + " «" + c.query + "» expected " + c.expected + " got " + got);
        }
      }
    }
    int exact = cases.size() - failures.size();
    System.out.printf("seed spelling-variant queries answered exactly: %d of %d%n", exact, cases.size());
    failures.forEach(f -> System.out.println("  miss: " + f));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    assertThat(failures).as("queries not answered exactly").hasSizeLessThanOrEqualTo(cases.size() / 20);
  }

  private static Set<String> seedsFound(LuceneSearchEngine engine, String query) throws Exception {
    List<Hit> hits = engine.search(new SearchRequest(query, 20, 0, false, null, null, null, null)).hits();
    return hits.stream().map(Hit::article).map(Article::origin)
        .map(o -> Path.of(o).getFileName().toString().substring(0, 3))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Case> cases() throws Exception {
    List<Case> cases = new ArrayList<>();
    var in = SeedVariantQueriesTest.class.getResourceAsStream("seed-variant-queries.tsv");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        Set<String> expected = f[2].equals("-") ? Set.of() : new TreeSet<>(List.of(f[2].split(" ")));
        cases.add(new Case(f[0], f[1], expected));
      }
    }
    Assumptions.assumeTrue(!cases.isEmpty(), "no labelled queries");
    return cases;
  }
}
