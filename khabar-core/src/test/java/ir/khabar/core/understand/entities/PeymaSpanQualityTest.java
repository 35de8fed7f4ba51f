package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
    for (Path f : files(docs)) {
      boolean even = number(f) % 2 == 0;
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

  private static List<Path> files(Path docs) throws IOException {
    try (Stream<Path> s = Files.list(docs)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static int number(Path f) {
    String n = f.getFileName().toString().replace(".txt", "");
    return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : n.hashCode();
  }

  /**
   * A PEYMA article rebuilt as text: tokens joined by a space, sentences by a new line, with the
   * gold spans' offsets into that text.
   */
  record PeymaDocument(String text, Set<SpanScore.Key> gold) {
    static PeymaDocument read(Path f) throws IOException {
      StringBuilder text = new StringBuilder();
      Set<SpanScore.Key> gold = new HashSet<>();
      String type = null;
      int start = 0;
      int end = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        line = line.strip();
        if (line.isEmpty()) {
          if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
          }
          continue;
        }
        int tab = line.lastIndexOf('\t');
        String token = line.substring(0, tab);
        String tag = line.substring(tab + 1);
        String mapped = tag.length() > 2 ? type(tag.substring(2)) : null;
        if (type != null && (mapped == null || tag.startsWith("B-") || !mapped.equals(type))) {
          gold.add(new SpanScore.Key(type, start, end));
          type = null;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
        }
        int at = text.length();
        text.append(token);
        if (mapped != null && type == null) {
          type = mapped;
          start = at;
        }
        end = text.length();
      }
      if (type != null) {
        gold.add(new SpanScore.Key(type, start, end));
      }
      return new PeymaDocument(text.toString(), gold);
    }

    private static String type(String peyma) {
      return switch (peyma) {
        case "PER" -> "person";
        case "LOC" -> "place";
        case "ORG" -> "organisation";
        default -> null;
      };
    }

    void printDifferences(Set<SpanScore.Key> predicted, String file) {
      List<String> lines = new ArrayList<>();
      gold.stream()
          .filter(k -> !predicted.contains(k))
          .forEach(k -> lines.add("missed " + k.type() + " «" + at(k) + "»"));
      predicted.stream()
          .filter(k -> !gold.contains(k))
          .forEach(k -> lines.add("extra  " + k.type() + " «" + at(k) + "»"));
      lines.forEach(l -> System.out.println("peyma " + file + " " + l));
    }

    private String at(SpanScore.Key k) {
      return text.substring(k.start(), k.end()).replace('\n', ' ');
    }
  }
}
