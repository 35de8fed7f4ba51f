package ir.khabar.core.understand.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which articles the fourth event gold (event-gold-hamshahri4.json) holds: the next {@link #SIZE}
 * files in {@link Hamshahri3Selection}'s order (densest in encounter words first, ties broken by
 * path, among the eligible Hamshahri development files) that no earlier event gold holds, the third
 * included.
 */
final class Hamshahri4Selection {
  static final int SIZE = 40;

  private Hamshahri4Selection() {}

  /**
   * The chosen files, as paths under docs, densest first; {@code excluded} holds every earlier
   * gold.
   */
  static List<String> all(Path docs, Set<String> excluded) throws IOException {
    return Hamshahri3Selection.ranked(docs, excluded).stream().limit(SIZE).toList();
  }
}
