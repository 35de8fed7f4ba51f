package ir.khabar.core.understand.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which articles the eighth event gold (event-gold-hamshahri8.json) holds, drawn by a rule fixed
 * before any of them was read, to be dense in encounters as the held-out set is (3.4 events an
 * article): among the Hamshahri development files of every year that no earlier event gold holds
 * (hamshahri7 included) and that hold at most {@link #MAX_CHARS} characters, those whose text names
 * at least {@link #MIN_ENCOUNTER_WORDS} encounter words ({@link
 * Hamshahri3Selection#ENCOUNTER_WORDS}) and at least {@link #MIN_COUNTRIES} distinct countries
 * (Iran included; {@link BlindSelection#countriesNamed}), the first {@link #SIZE} of a shuffle with
 * seed {@link #SEED}. No official role is asked for: the earlier golds took every file with one.
 */
final class Hamshahri8Selection {
  static final long SEED = 2612;
  static final int SIZE = 30;
  static final int MAX_CHARS = 8000;
  static final int MIN_ENCOUNTER_WORDS = 3;
  static final int MIN_COUNTRIES = 3;

  private Hamshahri8Selection() {}

  /** The drawn files, as paths under docs, in the draw's order. */
  static List<String> all(Path docs, Set<String> excluded) throws IOException {
    BlindSelection s = new BlindSelection(SEED, Hamshahri3Selection.YEARS, BlindSelection.ROLES_2);
    return s.drawHamshahri(
        docs,
        excluded,
        text ->
            text.length() <= MAX_CHARS
                && Hamshahri3Selection.encounterWords(text) >= MIN_ENCOUNTER_WORDS
                && s.countriesNamed(text) >= MIN_COUNTRIES,
        SIZE);
  }
}
