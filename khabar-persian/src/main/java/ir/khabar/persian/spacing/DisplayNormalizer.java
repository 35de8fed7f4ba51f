package ir.khabar.persian.spacing;

import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.text.CharTable;
import ir.khabar.persian.text.DisplayFolding;
import ir.khabar.persian.text.WordTable;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Text as readers should see it: Persian letters and digits, no invisible characters, and
 * half-spaces restored in joined and spaced words. Works on one line or paragraph at a time and
 * never adds or removes a line break.
 */
public final class DisplayNormalizer {
  private static final int CACHE_LIMIT = 50_000;
  private final HalfSpaceRestorer restorer;

  /**
   * A word as written, as it should be written, and what the restorer's gate asks of it (a few
   * lookups, made once): most neighbouring pairs are not asked whether they join.
   */
  private record Restored(String written, String word, SpacedJoinGate.Ends ends) {}

  /**
   * Words restored already, per thread, looked up by their chars in the folded text: news
   * vocabulary is Zipfian, most words come again.
   */
  private final ThreadLocal<WordTable<Restored>> restored =
      ThreadLocal.withInitial(() -> new WordTable<>(CACHE_LIMIT));

  public DisplayNormalizer(Lexicon lexicon) {
    this.restorer = new HalfSpaceRestorer(lexicon);
  }

  public String normalize(String text) {
    char[] s = DisplayFolding.foldedChars(text);
    CharsRefBuilder out = new CharsRefBuilder(); // chars, not a Latin-1 builder widened at once
    out.grow(s.length + 16);
    WordTable<Restored> cache = restored.get();
    String previousWord = "";
    Restored next = null;
    int i = 0;
    while (i < s.length) {
      int end = runEnd(s, i);
      if (!isWordChar(s[i])) {
        out.append(s, i, end - i);
        i = end;
        continue;
      }
      Restored word = next != null ? next : restoreWord(s, i, end, cache);
      next = null;
      int gapEnd = end < s.length ? runEnd(s, end) : end;
      if (gapEnd < s.length && isSpaces(s, end, gapEnd)) {
        int secondEnd = runEnd(s, gapEnd);
        next = restoreWord(s, gapEnd, secondEnd, cache);
        String joined =
            SpacedJoinGate.mayJoin(word.ends(), next.ends())
                ? restorer.joinSpaced(
                    previousWord,
                    word.written(),
                    next.written(),
                    SpacedJoinGate.mayBeHalfSpaced(word.ends(), next.ends()))
                : null;
        if (joined != null && SpelledLetters.isLetterName(next.written())) {
          joined = spellsOn(s, secondEnd) ? null : joined;
        }
        if (joined != null) {
          out.append(joined);
          previousWord = joined;
          next = null;
          i = secondEnd;
          continue;
        }
      }
      out.append(word.word());
      previousWord = word.word();
      i = end;
    }
    return out.toString();
  }

  private Restored restoreWord(char[] s, int start, int end, WordTable<Restored> cache) {
    Restored r = cache.get(s, start, end);
    if (r == null) {
      String word = new String(s, start, end - start);
      r = new Restored(word, restorer.restoreWord(word), restorer.spacedEnds(word));
      cache.put(word, r);
    }
    return r;
  }

  /**
   * Whether the words from {@code from} on spell letters (جایزه ام تی وی: ام is the letter M, not
   * "my"), read only when a letter name would join the word before it.
   */
  private static boolean spellsOn(char[] s, int from) {
    int start = wordAfterSpaces(s, from);
    if (start < 0) {
      return false;
    }
    int end = runEnd(s, start);
    int nextStart = wordAfterSpaces(s, end);
    return SpelledLetters.goOnSpelling(
        new String(s, start, end - start),
        nextStart < 0 ? null : new String(s, nextStart, runEnd(s, nextStart) - nextStart));
  }

  /** Where the word after the spaces at {@code from} starts; -1 when something else comes first. */
  private static int wordAfterSpaces(char[] s, int from) {
    if (from >= s.length || s[from] != ' ') {
      return -1;
    }
    int start = runEnd(s, from);
    return start < s.length && isSpaces(s, from, start) && isWordChar(s[start]) ? start : -1;
  }

  /**
   * Where the maximal run of word characters (letters, marks, ZWNJ), or of everything else, that
   * starts at {@code start} ends.
   */
  private static int runEnd(char[] s, int start) {
    boolean word = isWordChar(s[start]);
    int end = start + 1;
    while (end < s.length && isWordChar(s[end]) == word) {
      end++;
    }
    return end;
  }

  private static boolean isWordChar(char c) {
    return WORD_CHARS.has(c);
  }

  private static final CharTable WORD_CHARS =
      CharTable.of(
          c ->
              Character.isLetter(c)
                  || c == HalfSpaceRestorer.ZWNJ
                  || Character.getType(c) == Character.NON_SPACING_MARK);

  /**
   * A gap of spaces only: one, or the run justified text leaves (NBSP NBSP folds to two spaces),
   * which is read like one (می تواند, معلم ها).
   */
  private static boolean isSpaces(char[] s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s[i] != ' ') {
        return false;
      }
    }
    return end > start;
  }
}
