package ir.khabar.core.understand.events;

import ir.khabar.core.understand.entities.PeymaDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Which articles the PEYMA event gold (event-gold-peyma11.json, "peyma11") holds, drawn by a rule
 * fixed before any of them was read: among the PEYMA development articles (../shared/data/peyma-dev
 * /docs, in file-number order) of the tune half only (an even file number, as {@code
 * PeymaSpanQualityTest} splits them; the odd files are never drawn), whose rebuilt text ({@link
 * PeymaDocument}: tokens joined by a space, one sentence a line) names at least {@link
 * #MIN_ENCOUNTER_WORDS} encounter word ({@link Hamshahri3Selection#ENCOUNTER_WORDS}, with PEYMA's
 * spellings of «گفتگو» that lost their half-space, «گفت و گو» and «گفت وگو», folded into it) and at
 * least {@link #MIN_COUNTRIES} distinct countries ({@link BlindSelection#countriesNamed}, Iran
 * included), the first {@link #SIZE} of a shuffle with seed {@link #SEED}. No earlier event gold
 * holds a PEYMA article, so nothing is left out for that.
 */
final class Peyma11Selection {
  static final String DOCS = "data/peyma-dev/docs";
  static final long SEED = 1105;
  static final int SIZE = 50;
  static final int MIN_ENCOUNTER_WORDS = 1;
  static final int MIN_COUNTRIES = 2;

  private Peyma11Selection() {}

  /** Every eligible file name ("12.txt") of the tune half, in file-number order. */
  static List<String> eligible(Path docs) throws IOException {
    BlindSelection s = new BlindSelection(SEED, List.of(), BlindSelection.ROLES_2);
    List<String> out = new ArrayList<>();
    List<Path> files = new ArrayList<>(PeymaDocument.files(docs));
    files.sort(Comparator.comparingInt(PeymaDocument::number));
    for (Path f : files) {
      if (!tune(f.getFileName().toString())) {
        continue;
      }
      String text = PeymaDocument.read(f).text();
      if (encounterWords(text) >= MIN_ENCOUNTER_WORDS && s.countriesNamed(text) >= MIN_COUNTRIES) {
        out.add(f.getFileName().toString());
      }
    }
    return out;
  }

  /** The first {@code n} of the seeded shuffle of the eligible files. */
  static List<String> draw(Path docs, int n) throws IOException {
    BlindSelection s = new BlindSelection(SEED, List.of(), BlindSelection.ROLES_2);
    return s.take(eligible(docs), n, new HashSet<>());
  }

  /** Whether a file ("12.txt") is of PEYMA's tune half: an even file number. */
  static boolean tune(String file) {
    return PeymaDocument.number(Path.of(file)) % 2 == 0;
  }

  /** Encounter words, with «گفت و گو» and «گفت وگو» read as «گفتگو». */
  static long encounterWords(String text) {
    return Hamshahri3Selection.encounterWords(
        text.replace("گفت و گو", "گفتگو").replace("گفت وگو", "گفتگو"));
  }
}
