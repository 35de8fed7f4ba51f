package ir.khabar.core.understand.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which articles the sixth event gold (event-gold-hamshahri6.json) holds, drawn by a rule fixed
 * before any of them was read, to look like the held-out set (newspaper articles dense in
 * encounters between states' officials): among the Hamshahri development files of every year that
 * no earlier event gold holds and that hold at most {@link #MAX_CHARS} characters, those whose text
 * names an official role ({@link BlindSelection#ROLES_2}), at least {@link #MIN_ENCOUNTER_WORDS}
 * encounter words ({@link Hamshahri3Selection#ENCOUNTER_WORDS}) and at least {@link #MIN_COUNTRIES}
 * distinct countries (Iran included), the first {@link #SIZE} of a shuffle with seed {@link #SEED}.
 * Unlike the earlier draws, the opening need not name a foreign country: the earlier golds took
 * nearly every such file, and an article on Iran's foreign relations often opens with an Iranian
 * official.
 */
final class Hamshahri6Selection {
  static final long SEED = 1306;
  static final int SIZE = 30;
  static final int MAX_CHARS = 5000;
  static final int MIN_ENCOUNTER_WORDS = 2;
  static final int MIN_COUNTRIES = 2;

  private Hamshahri6Selection() {}

  /** The drawn files, as paths under docs, in the draw's order. */
  static List<String> all(Path docs, Set<String> excluded) throws IOException {
    BlindSelection s = new BlindSelection(SEED, Hamshahri3Selection.YEARS, BlindSelection.ROLES_2);
    return s.drawHamshahri(
        docs,
        excluded,
        text ->
            text.length() <= MAX_CHARS
                && BlindSelection.names(text, BlindSelection.ROLES_2)
                && Hamshahri3Selection.encounterWords(text) >= MIN_ENCOUNTER_WORDS
                && s.countriesNamed(text) >= MIN_COUNTRIES,
        SIZE);
  }
}
