package ir.khabar.core.ingest;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files in a corpus folder that are not news items: a licence, a readme, a note on where the corpus
 * came from (corpus/farsnews holds LICENSE-of-source-repo and SOURCE), or any text with (almost) no
 * Persian in it. They are skipped with the reason, never stored as articles.
 */
final class NonNewsFiles {
  /** The names such files go by (before any "-", "_" or extension), and what they are. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("LICENSE", "a licence"),
          Map.entry("LICENCE", "a licence"),
          Map.entry("COPYING", "a licence"),
          Map.entry("NOTICE", "a notice file"),
          Map.entry("README", "a readme"),
          Map.entry("SOURCE", "a note on the corpus's source"),
          Map.entry("SOURCES", "a note on the corpus's source"),
          Map.entry("CHANGELOG", "a change log"),
          Map.entry("AUTHORS", "a list of authors"),
          Map.entry("CONTRIBUTING", "a contributors' guide"));

  /**
   * Below this share of Persian (Arabic-script) letters among all letters, a text is not Persian
   * news.
   */
  static final double MIN_PERSIAN_SHARE = 0.3;

  private NonNewsFiles() {}

  /**
   * Why the file at {@code origin} with this text is not a news item, or empty when it may be one.
   */
  static Optional<String> why(String origin, String text) {
    String name = fileName(origin);
    String stem = name.split("[-_.\\s]", 2)[0];
    String what = NAMES.get(stem.toUpperCase(Locale.ROOT));
    boolean named =
        what != null
            && (stem.equals(stem.toUpperCase(Locale.ROOT))
                || name.equalsIgnoreCase(stem)
                || name.toLowerCase(Locale.ROOT)
                    .matches(stem.toLowerCase(Locale.ROOT) + "\\.(md|txt|rst)"));
    if (named) {
      return Optional.of("not a news item: " + what + " (" + name + ")");
    }
    if (persianShare(text) < MIN_PERSIAN_SHARE) {
      return Optional.of("not a news item: no Persian text");
    }
    return Optional.empty();
  }

  private static String fileName(String origin) {
    try {
      Path p = Path.of(origin).getFileName();
      return p == null ? origin : p.toString();
    } catch (InvalidPathException e) {
      return origin;
    }
  }

  /**
   * The share of Arabic-script letters among all letters of the text (0 when it has no letters).
   */
  static double persianShare(String text) {
    int letters = 0;
    int persian = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
          persian++;
        }
      }
    }
    return letters == 0 ? 0 : (double) persian / letters;
  }
}
