package ir.khabar.persian.spacing;

import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.text.DisplayFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text as readers should see it: Persian letters and digits, no invisible characters, and
 * half-spaces restored in joined and spaced words. Works on one line or paragraph at a time and
 * never adds or removes a line break.
 */
public final class DisplayNormalizer {
  private static final int CACHE_LIMIT = 50_000;
  private final HalfSpaceRestorer restorer;

  /** A word as it should be written, and whether the next word may join it (one lookup). */
  private record Restored(String word, boolean mayStartHalfSpaced) {}

  /** Words restored already, per thread: news vocabulary is Zipfian, most words come again. */
  private final ThreadLocal<Map<String, Restored>> restored =
      ThreadLocal.withInitial(() -> new HashMap<>(4096));

  public DisplayNormalizer(Lexicon lexicon) {
    this.restorer = new HalfSpaceRestorer(lexicon);
  }

  public String normalize(String text) {
    List<String> pieces = split(DisplayFolding.fold(text));
    StringBuilder out = new StringBuilder(text.length() + 16);
    String previousWord = "";
    Map<String, Restored> cache = restored.get();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      if (!isWord(piece)) {
        out.append(piece);
        continue;
      }
      Restored word = restoreWord(piece, cache);
      if (i + 2 < pieces.size() && isSpaces(pieces.get(i + 1)) && isWord(pieces.get(i + 2))) {
        String joined =
            restorer.joinSpaced(previousWord, piece, pieces.get(i + 2), word.mayStartHalfSpaced());
        if (joined != null) {
          out.append(joined);
          previousWord = joined;
          i += 2;
          continue;
        }
      }
      out.append(word.word());
      previousWord = word.word();
    }
    return out.toString();
  }

  private Restored restoreWord(String word, Map<String, Restored> cache) {
    Restored r = cache.get(word);
    if (r == null) {
      r = new Restored(restorer.restoreWord(word), restorer.mayStartHalfSpaced(word));
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(word, r);
    }
    return r;
  }

  /** Splits into maximal runs of word characters (letters, marks, ZWNJ) and of everything else. */
  private static List<String> split(String s) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= s.length(); i++) {
      if (i == s.length() || isWordChar(s.charAt(i)) != isWordChar(s.charAt(start))) {
        pieces.add(s.substring(start, i));
        start = i;
      }
    }
    return pieces;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c)
        || c == HalfSpaceRestorer.ZWNJ
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * A gap of spaces only: one, or the run justified text leaves (NBSP NBSP folds to two spaces),
   * which is read like one (می تواند, معلم ها).
   */
  private static boolean isSpaces(String piece) {
    for (int i = 0; i < piece.length(); i++) {
      if (piece.charAt(i) != ' ') {
        return false;
      }
    }
    return !piece.isEmpty();
  }

  private static boolean isWord(String piece) {
    return !piece.isEmpty() && isWordChar(piece.charAt(0));
  }
}
