package ir.khabar.core.understand.entities;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exact-match span precision, recall and F1, per type and micro-averaged. */
final class SpanScore {
  /** A span: type (person, place, organisation) and UTF-16 offsets. */
  record Key(String type, int start, int end) {}

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  SpanScore() {
    for (String t : List.of("person", "place", "organisation")) {
      counts.put(t, new int[3]);
    }
  }

  void add(Set<Key> gold, Set<Key> predicted) {
    Set<Key> hit = new HashSet<>(gold);
    hit.retainAll(predicted);
    hit.forEach(k -> counts.get(k.type())[0]++);
    predicted.stream().filter(k -> !gold.contains(k)).forEach(k -> counts.get(k.type())[1]++);
    gold.stream().filter(k -> !predicted.contains(k)).forEach(k -> counts.get(k.type())[2]++);
  }

  double f1(String type) {
    int[] c = type == null ? micro() : counts.get(type);
    return f1(c);
  }

  private int[] micro() {
    int[] m = new int[3];
    counts
        .values()
        .forEach(
            c -> {
              m[0] += c[0];
              m[1] += c[1];
              m[2] += c[2];
            });
    return m;
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  private static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A Markdown table row per type and the micro average: type, gold, P, R, F1. */
  String table(String set) {
    StringBuilder b = new StringBuilder();
    counts.forEach((type, c) -> b.append(row(set, type, c)));
    b.append(row(set, "micro", micro()));
    return b.toString();
  }

  private static String row(String set, String type, int[] c) {
    return String.format(
        "| %s | %s | %d | %.3f | %.3f | %.3f |%n",
        set, type, c[0] + c[2], precision(c), recall(c), f1(c));
  }
}
