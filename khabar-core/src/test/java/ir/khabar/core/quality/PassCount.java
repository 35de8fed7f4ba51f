package ir.khabar.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the cases of a held-out style list that pass, keeps a line per case, prints and checks the
 * share.
 */
final class PassCount {
  private final List<String> lines = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();
  private int present;
  private int passed;

  /**
   * Whether {@code got} finds what {@code wanted} finds: at least 90 % of its stories and at most
   * 1.5 times as many.
   */
  static boolean findsAlike(Set<String> wanted, Set<String> got) {
    Set<String> shared = new HashSet<>(got);
    shared.retainAll(wanted);
    return shared.size() >= 0.9 * wanted.size() && got.size() <= 1.5 * wanted.size();
  }

  static int shared(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s.size();
  }

  void absent(String what) {
    lines.add("absent  " + what);
  }

  void add(boolean pass, String line) {
    present++;
    passed += pass ? 1 : 0;
    lines.add((pass ? "pass " : "FAIL ") + line);
    if (!pass) {
      failed.add(line);
    }
  }

  /**
   * Prints the count and every line, then requires enough cases and the share of them that pass.
   */
  void check(String title, int minPresent, double share) {
    System.out.println(
        title + ": " + passed + " of " + present + " pass\n  " + String.join("\n  ", lines));
    assertThat(present).isGreaterThanOrEqualTo(minPresent);
    assertThat(passed)
        .as("failed: %s", failed)
        .isGreaterThanOrEqualTo((int) Math.ceil(share * present));
  }
}
