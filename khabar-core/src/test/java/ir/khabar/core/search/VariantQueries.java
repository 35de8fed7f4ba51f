package ir.khabar.core.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The labelled spelling-variant queries over the seeds (seed-variant-queries.tsv, labelled by
 * reading the seeds): each query and the seeds ("000" … "004") it should find, whatever spelling
 * either uses.
 */
public final class VariantQueries {
  public record Case(String kind, String query, Set<String> expected) {}

  private VariantQueries() {}

  public static List<Case> all() throws IOException {
    List<Case> cases = new ArrayList<>();
    var in = VariantQueries.class.getResourceAsStream("seed-variant-queries.tsv");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        Set<String> expected =
            f[2].equals("-") ? Set.of() : new TreeSet<>(List.of(f[2].split(" ")));
        cases.add(new Case(f[0], f[1], expected));
      }
    }
    return cases;
  }

  /** The seeds a default (all terms) search finds, by the number their file name starts with. */
  public static Set<String> seedsFound(SearchEngine engine, String query) throws IOException {
    List<Hit> hits = engine.search(SearchRequest.search(query).limit(20).build()).hits();
    return hits.stream()
        .map(h -> Path.of(h.article().origin()).getFileName().toString().substring(0, 3))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
