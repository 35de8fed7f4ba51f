package ir.khabar.core.understand.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which articles the fifth event gold (event-gold-hamshahri5.json) holds, drawn by a rule fixed
 * before any of them was read: among the Hamshahri development files of every year that no earlier
 * event gold holds, whose opening names a foreign country and whose text an official role (the
 * filter of {@link BlindSelection2}) and that hold at most {@link Hamshahri3Selection#MAX_CHARS}
 * characters, the first {@link #SIZE} of a shuffle with seed {@link #SEED}. No encounter word takes
 * part in the choice.
 */
final class Hamshahri5Selection {
  static final long SEED = 1205;
  static final int SIZE = 50;

  private Hamshahri5Selection() {}

  /** The drawn files, as paths under docs, in the draw's order. */
  static List<String> all(Path docs, Set<String> excluded) throws IOException {
    BlindSelection s = new BlindSelection(SEED, Hamshahri3Selection.YEARS, BlindSelection.ROLES_2);
    List<String> eligible = new ArrayList<>();
    for (String rel : s.hamshahri(docs, excluded, true)) {
      if (Files.readString(docs.resolve(rel)).length() <= Hamshahri3Selection.MAX_CHARS) {
        eligible.add(rel);
      }
    }
    return s.take(eligible, SIZE, new HashSet<>(excluded));
  }
}
