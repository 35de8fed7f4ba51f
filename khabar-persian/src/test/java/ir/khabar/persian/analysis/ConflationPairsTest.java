package ir.khabar.persian.analysis;

import static ir.khabar.persian.analysis.AnalysisTestSupport.matches;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conflation pairs of {@code conflation-pairs.tsv}: written forms seen in Fars News, the
 * Hamshahri development documents and the seeds, read one by one, and hard cases written by hand (a
 * common word beside a city or a name that starts with it). A "merge" pair is one word: each form,
 * as a query, finds the other as a document. An "apart" pair is two words: neither finds the other.
 */
class ConflationPairsTest {
  private record Pair(String kind, String a, String b) {
    boolean merged() {
      return matches(a, b) && matches(b, a);
    }

    boolean keptApart() {
      return !matches(a, b) && !matches(b, a);
    }
  }

  /** Merges the analysis does not make yet, out of 344: each is a known, accepted miss. */
  private static final double MIN_MERGED = 0.95;

  @Test
  void everyApartPairStaysApart() throws IOException {
    List<String> wrong = new ArrayList<>();
    List<Pair> apart = pairs("apart");
    for (Pair p : apart) {
      if (!p.keptApart()) {
        wrong.add(p.a() + " = " + p.b());
      }
    }
    System.out.printf(
        "conflation: %d of %d must-stay-apart pairs kept apart%n",
        apart.size() - wrong.size(), apart.size());
    assertThat(apart).hasSizeGreaterThanOrEqualTo(90);
    assertThat(wrong).as("two words merged").isEmpty();
  }

  @Test
  void mergePairsShareTheirTerms() throws IOException {
    List<String> missed = new ArrayList<>();
    List<Pair> merge = pairs("merge");
    for (Pair p : merge) {
      if (!p.merged()) {
        missed.add(p.a() + " ≠ " + p.b());
      }
    }
    double share = 1 - missed.size() / (double) merge.size();
    System.out.printf(
        "conflation: %d of %d must-merge pairs merged (%.3f); missed: %s%n",
        merge.size() - missed.size(), merge.size(), share, missed);
    assertThat(merge).hasSizeGreaterThanOrEqualTo(300);
    assertThat(share).as("missed: %s", missed).isGreaterThanOrEqualTo(MIN_MERGED);
  }

  private static List<Pair> pairs(String kind) throws IOException {
    List<Pair> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ConflationPairsTest.class.getResourceAsStream("conflation-pairs.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length >= 3 && f[0].equals(kind)) {
          out.add(new Pair(f[0], f[1], f[2]));
        }
      }
    }
    return out;
  }
}
