package ir.khabar.core.understand.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which articles the third event gold (event-gold-hamshahri3.json) holds: newspaper articles dense
 * in encounters, as the held-out set is, chosen by a count rather than by taste. Among the
 * Hamshahri development files of every year that no earlier event gold uses, whose opening names a
 * foreign country and whose text an official role (the filter of {@link BlindSelection2}) and that
 * hold at most {@link #MAX_CHARS} characters, the {@link #SIZE} with the most encounter words, ties
 * broken by path.
 */
final class Hamshahri3Selection {
  static final int SIZE = 40;
  static final int MAX_CHARS = 6000;
  static final List<String> YEARS = List.of("2003", "2004", "2005", "2006", "2007");

  /** The encounter words counted, as whole words in {@link BlindSelection#words}'s spelling. */
  static final Set<String> ENCOUNTER_WORDS =
      Set.of(
          "دیدار", "ملاقات", "سفر", "مذاکره", "مذاکرات", "گفتگو", "رایزنی", "میزبان", "میزبانی",
          "قرارداد", "توافق");

  private Hamshahri3Selection() {}

  /** The chosen files, as paths under docs ("2004/HAM2-830312-084.ham"), densest first. */
  static List<String> all(Path docs, Set<String> excluded) throws IOException {
    return ranked(docs, excluded).stream().limit(SIZE).toList();
  }

  /**
   * Every eligible file not excluded, densest first, ties broken by path: the order the golds drawn
   * this way take their files from ({@link #all} its first {@link #SIZE}, {@link
   * Hamshahri4Selection} the next ones).
   */
  static List<String> ranked(Path docs, Set<String> excluded) throws IOException {
    BlindSelection filter = new BlindSelection(0, YEARS, BlindSelection.ROLES_2);
    record Scored(String file, long words) {}
    List<Scored> eligible = new ArrayList<>();
    for (String rel : filter.hamshahri(docs, excluded, true)) {
      String text = Files.readString(docs.resolve(rel));
      if (text.length() <= MAX_CHARS) {
        eligible.add(new Scored(rel, encounterWords(text)));
      }
    }
    return eligible.stream()
        .sorted(Comparator.comparingLong(Scored::words).reversed().thenComparing(Scored::file))
        .map(Scored::file)
        .toList();
  }

  static long encounterWords(String text) {
    return BlindSelection.words(text).stream().filter(ENCOUNTER_WORDS::contains).count();
  }
}
