package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.lexicon.ShortWords;
import ir.khabar.persian.text.SearchFolding;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.util.BytesRef;

/**
 * The listed stopwords one text holds, read as {@link ir.khabar.persian.PersianText#stopwordsIn}
 * reads them (each char search-folded, deleted chars skipped, a word a run of Arabic-script
 * letters, Latin letters and digits), recorded by {@link PersianFoldingCharFilter} from the text it
 * has just read for the index analyzer, while the text is in the caches: the stopwords field is
 * given these instead of reading the text again. One per analyzer's components (one thread, one
 * text at a time); {@link #texts()} tells a reader whether the record is still the one of the text
 * it asked for.
 */
public final class TextStopwords {
  private final ShortWords stops;

  /** One bit per index of {@link ShortWords#indexOf}: the stopwords found. */
  private final long[] found;

  /** Each stopword's UTF-8 term, made the first time it is found; null until one is asked for. */
  private BytesRef[] terms;

  private int texts;

  /** Whose slots a recorded text's words touch ({@link WordLookups#touch}); null for none. */
  private WordLookups lookups;

  /** What the touches read: kept, so that the reads are not left out as unused. */
  private long touched;

  /** The hashes of a text's words, for {@link WordLookups#touch}. */
  private int[] hashes = new int[256];

  /** Whether the next text folded is to be recorded ({@link #expect}). */
  private boolean armed;

  TextStopwords(Lexicon lexicon) {
    this.stops = lexicon.listedStopwords();
    this.found = new long[(stops.capacity() + 63) >>> 6];
  }

  /** The stopwords of a text (see {@link ir.khabar.persian.PersianText#stopwordsIn}). */
  public static Set<String> in(Lexicon lexicon, String text) {
    TextStopwords record = new TextStopwords(lexicon);
    record.record(text.toCharArray(), text.length());
    return record.words();
  }

  /**
   * Asks for the stopwords of the next text the stream folds: the count {@link #texts()} will have
   * once that text is recorded. Texts folded without being asked for are not read at all.
   */
  public int expect() {
    armed = true;
    return texts + 1;
  }

  /**
   * While recording, touches each word's slot in {@code lookups}, the spacing filter's table of the
   * same components, before the text is tokenised.
   */
  void touchSlotsIn(WordLookups lookups) {
    this.lookups = lookups;
  }

  /** Whether the text about to be folded is to be recorded. */
  boolean armed() {
    return armed;
  }

  /**
   * Records the stopwords of {@code chars[0, length)}, a text as written (not yet folded), in one
   * loop of its own: the word being read is kept in locals, where a call per char kept it in
   * fields.
   */
  void record(char[] chars, int length) {
    armed = false;
    Arrays.fill(found, 0);
    texts++;
    long head = 0; // chars 0-3 of the word being read, as ShortWords packs them
    long tail = 0; // chars 4-7
    int n = 0;
    int words = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      char w = c < LOW.length ? LOW[c] : wordChar(SearchFolding.fold(c));
      if (w == 0) {
        if (n > 0) {
          noteWord(head, tail, n);
          if (lookups != null) {
            if (words == hashes.length) {
              hashes = Arrays.copyOf(hashes, words * 2);
            }
            hashes[words++] = WordLookups.hash(head, tail, n);
          }
          head = 0;
          tail = 0;
          n = 0;
        }
      } else if (w != SearchFolding.DELETE) {
        if (n < 4) {
          head |= (long) w << (n << 4);
        } else if (n < ShortWords.MAX_LENGTH) {
          tail |= (long) w << ((n - 4) << 4);
        }
        n++;
      }
    }
    noteWord(head, tail, n);
    if (lookups != null) {
      if (n > 0 && words < hashes.length) {
        hashes[words++] = WordLookups.hash(head, tail, n);
      }
      touched += lookups.touch(hashes, words);
    }
  }

  /** What the touches of {@link #touchSlotsIn} read, summed over the texts recorded (tests). */
  long touched() {
    return touched;
  }

  private void noteWord(long head, long tail, int length) {
    if (length > 0 && length <= ShortWords.MAX_LENGTH) {
      int index = stops.indexOf(head, tail);
      if (index >= 0) {
        found[index >>> 6] |= 1L << index;
      }
    }
  }

  /** How many texts have been recorded: a reader compares it with the count it expects. */
  public int texts() {
    return texts;
  }

  /** The first found stopword's index from {@code from} on, or -1. */
  public int next(int from) {
    int word = from >>> 6;
    if (word >= found.length) {
      return -1;
    }
    long bits = found[word] & (-1L << from);
    while (bits == 0) {
      if (++word == found.length) {
        return -1;
      }
      bits = found[word];
    }
    return (word << 6) + Long.numberOfTrailingZeros(bits);
  }

  /** The term of the stopword at an index {@link #next} gave, as UTF-8 (do not change it). */
  public BytesRef term(int index) {
    if (terms == null) {
      terms = new BytesRef[stops.capacity()];
    }
    BytesRef t = terms[index];
    if (t == null) {
      t = new BytesRef(stops.word(index).getBytes(StandardCharsets.UTF_8));
      terms[index] = t;
    }
    return t;
  }

  /** The stopwords recorded, as words. */
  public Set<String> words() {
    Set<String> words = new HashSet<>();
    for (int i = next(0); i >= 0; i = next(i + 1)) {
      words.add(stops.word(i));
    }
    return words;
  }

  /**
   * Each char below U+0700 (nearly every char of a text) as {@link #add} reads it: its search
   * folding when that is a word char or {@link SearchFolding#DELETE}, else 0 (it ends a word).
   */
  private static final char[] LOW = lowTable();

  private static char[] lowTable() {
    char[] table = new char[0x0700];
    for (char c = 0; c < table.length; c++) {
      table[c] = wordChar(SearchFolding.fold(c));
    }
    return table;
  }

  /** A folded char itself when it is a word char or deleted, else 0. */
  private static char wordChar(char folded) {
    return folded == SearchFolding.DELETE || isWordChar(folded) ? folded : 0;
  }

  /**
   * Arabic-script letters (after folding) and Latin letters and digits: no table lookups per char.
   */
  public static boolean isWordChar(char c) {
    return (c >= '\u0621' && c <= '\u06FF')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9');
  }
}
