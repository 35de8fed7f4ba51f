package ir.khabar.core.understand.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A PEYMA article rebuilt as text: tokens joined by a space, sentences by a new line, with the gold
 * spans' offsets into that text. Shared by {@link PeymaSpanQualityTest} and the event gold drawn
 * from PEYMA (ir.khabar.core.understand.events.Peyma11Selection), so both read one text.
 */
public record PeymaDocument(String text, Set<SpanScore.Key> gold) {
  /** The article files of a PEYMA docs folder, sorted by name. */
  public static List<Path> files(Path docs) throws IOException {
    try (Stream<Path> s = Files.list(docs)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /**
   * A file's number ("12.txt": 12), which splits the halves: even files tune, odd files confirm.
   */
  public static int number(Path f) {
    String n = f.getFileName().toString().replace(".txt", "");
    return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : n.hashCode();
  }

  /** Reads one article file. */
  public static PeymaDocument read(Path f) throws IOException {
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
