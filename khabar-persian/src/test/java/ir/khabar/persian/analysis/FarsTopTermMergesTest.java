package ir.khabar.persian.analysis;

import static ir.khabar.persian.analysis.AnalysisTestSupport.INDEX;
import static ir.khabar.persian.analysis.AnalysisTestSupport.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The merges of the Fars corpus's most frequent index terms, read and confirmed once ({@code
 * fars-top-term-merges.tsv}): every written form keeps its term, so a change to the analysis that
 * splits a confirmed merge shows here.
 */
class FarsTopTermMergesTest {

  @Test
  void everyConfirmedFormKeepsItsTerm() throws IOException {
    List<String> broken = new ArrayList<>();
    int forms = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("fars-top-term-merges.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        for (String form : f[1].split(" ")) {
          forms++;
          if (!terms(INDEX, form).equals(List.of(f[0]))) {
            broken.add(form + " → " + terms(INDEX, form) + " (was " + f[0] + ")");
          }
        }
      }
    }
    assertThat(forms).isGreaterThan(700);
    assertThat(broken).isEmpty();
  }
}
