package ir.khabar.core.understand.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which articles the seventh event gold (event-gold-hamshahri7.json) holds, drawn by a rule fixed
 * before any of them was read: foreign-affairs articles found by a grep for diplomatic words. Among
 * the Hamshahri development files of every year that no earlier event gold holds (hamshahri6
 * included), that name a country or an official role ({@link BlindSelection#mentions}) and hold at
 * most {@link #MAX_CHARS} characters, those whose text names at least {@link #MIN_ENCOUNTER_WORDS}
 * encounter words ({@link Hamshahri3Selection#ENCOUNTER_WORDS}) and at least {@link #MIN_COUNTRIES}
 * distinct countries (Iran included), the first {@link #SIZE} of a shuffle with seed {@link #SEED}.
 * Unlike hamshahri6, the text need not name one of {@link BlindSelection#ROLES_2}: no unused file
 * names one, three encounter words and two countries (the earlier golds took them all). That first
 * draw turned out to be mostly sports pages (دیدار، میزبان), so a second stratum of {@link
 * #SIZE_ROLES} follows it, added after reading the first and before any run of the extractor: the
 * files left that hamshahri6's rule admits (a role, two encounter words, two countries), up to
 * {@link #MAX_CHARS_ROLES} characters rather than 5,000 (at 5,000 only two are left), drawn with
 * the same seed.
 */
final class Hamshahri7Selection {
  static final long SEED = 1716;
  static final int SIZE_WORDS = 20;
  static final int SIZE_ROLES = 10;
  static final int SIZE = SIZE_WORDS + SIZE_ROLES;
  static final int MAX_CHARS = 4000;
  static final int MIN_ENCOUNTER_WORDS = 3;
  static final int MIN_COUNTRIES = 2;
  static final int MAX_CHARS_ROLES = 8000;

  private Hamshahri7Selection() {}

  /** The drawn files, as paths under docs, in the draw's order. */
  static List<String> all(Path docs, Set<String> excluded) throws IOException {
    BlindSelection s = new BlindSelection(SEED, Hamshahri3Selection.YEARS, BlindSelection.ROLES_2);
    Set<String> taken = new HashSet<>(excluded);
    List<String> words = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (String rel : s.hamshahri(docs, excluded, false)) {
      String text = Files.readString(docs.resolve(rel));
      int length = text.length();
      boolean countries = s.countriesNamed(text) >= MIN_COUNTRIES;
      long encounterWords = Hamshahri3Selection.encounterWords(text);
      if (length <= MAX_CHARS && encounterWords >= MIN_ENCOUNTER_WORDS && countries) {
        words.add(rel);
      }
      if (length <= MAX_CHARS_ROLES
          && encounterWords >= Hamshahri6Selection.MIN_ENCOUNTER_WORDS
          && countries
          && BlindSelection.names(text, BlindSelection.ROLES_2)) {
        roles.add(rel);
      }
    }
    List<String> out = new ArrayList<>(s.take(words, SIZE_WORDS, taken));
    roles.removeAll(taken);
    out.addAll(s.take(roles, SIZE_ROLES, taken));
    return out;
  }
}
