package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Compounds;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.lexicon.ShortWords;
import java.util.Arrays;

/**
 * What Khabar's chain knows of each written token, looked up once per distinct token in each
 * analyzer's thread (news vocabulary is Zipfian, so most tokens are found here): the compounds it
 * starts, whether it is a verb prefix or the word ماه, and the index term the term filter made of
 * it. The spacing filter passes the token's slot down the chain in a {@link WordLookupAttribute},
 * so that a token is hashed once rather than once per filter.
 *
 * <p>An open-addressing table of longs, {@link #STRIDE} per slot: the token's first eight chars
 * packed in two ({@link ShortWords#pack}) and one of its length, what the spacing filter asks of it
 * and what the term filter made of it. A common token (eight chars or fewer, its term itself or a
 * stopword) is found and everything its filters need is read in one memory read, with no reference
 * to follow: on a busy machine, and between two documents whose indexing pushed the table out of
 * the caches, each further object a token touched cost a trip to memory (measured: the first read
 * of a lookup object was a tenth of Khabar's indexing). What fewer tokens need (the compounds a
 * first part starts, the chars past the eighth, a term other than the token) is kept in arrays by
 * slot and read only then. Emptied when it reaches its limit.
 */
final class WordLookups {
  private static final int FIRST_SLOTS = 1 << 10;
  private static final int MAX_SLOTS = 1 << 17;
  private static final int STRIDE = 3;
  private static final int PACKED = ShortWords.MAX_LENGTH;

  private static final long LENGTH = 0xFFFF;
  private static final long USED = 1L << 16;
  private static final long VERB_PREFIX = 1L << 17;
  private static final long COMPOUND_START = 1L << 18;
  private static final long MONTH = 1L << 19;
  private static final int TERM_SHIFT = 20;
  private static final long TRIPLE_START = 1L << 22;

  /**
   * Bits 32–63: the first chars of the parts that may follow a compound's first part ({@link
   * Compounds.Start#followers()}, its two halves folded into one), so that the token after it is
   * mostly ruled out without reading the compounds.
   */
  private static final int FOLLOWERS_SHIFT = 32;

  /** What the term filter made of a token: nothing yet. */
  static final int TERM_UNKNOWN = 0;

  /** The token itself. */
  static final int TERM_AS_IS = 1;

  /** A stopword: dropped. */
  static final int TERM_STOPWORD = 2;

  /** Another term, kept apart ({@link #term}). */
  static final int TERM_OTHER = 3;

  private static final char[] MONTH_WORD = "ماه".toCharArray();

  private final Compounds compounds;
  private long[] table = new long[FIRST_SLOTS * STRIDE];
  private Compounds.Start[] starts = new Compounds.Start[FIRST_SLOTS];

  /** The chars of a token longer than {@link #PACKED}, by slot. */
  private char[][] texts = new char[FIRST_SLOTS][];

  /** A {@link #TERM_OTHER} term, by slot. */
  private char[][] terms = new char[FIRST_SLOTS][];

  /**
   * The term filter whose terms the table keeps: terms are only reused by the filter that made
   * them.
   */
  private Object termMaker;

  private int count;

  /**
   * Changes whenever slots move or are emptied: a slot kept from before must be looked up again.
   */
  private int generation;

  WordLookups(Compounds compounds) {
    this.compounds = compounds;
  }

  /** The slot of the token in {@code chars[0, length)}, added when it is new. */
  int of(char[] chars, int length) {
    long head = ShortWords.pack(chars, 0, length);
    long tail = ShortWords.pack(chars, 4, length);
    int mask = starts.length - 1;
    for (int slot = slot(head, tail, length) & mask; ; slot = (slot + 1) & mask) {
      int at = slot * STRIDE;
      long meta = table[at + 2];
      if (meta == 0) {
        return added(chars, length, head, tail, slot);
      }
      if (table[at] == head
          && table[at + 1] == tail
          && (meta & LENGTH) == (length & LENGTH)
          && (length <= PACKED
              || Arrays.equals(texts[slot], 0, texts[slot].length, chars, 0, length))) {
        return slot;
      }
    }
  }

  /**
   * The hash {@link #of} probes a token from, its first eight chars packed as {@link
   * ShortWords#pack} packs them ({@code head}, {@code tail}) and {@code length} all of them: for
   * {@link #touch}.
   */
  static int hash(long head, long tail, int length) {
    return slot(head, tail, length);
  }

  /**
   * Reads the first long of each slot the hashes ({@link #hash}) of {@code hashes[0, count)} are
   * probed at first, in a loop of nothing else, and returns what it read, summed. A hint, not a
   * lookup: {@link TextStopwords} gives it the words of a text it has just read, before the text is
   * tokenised, so that their reads, which miss the caches for the long tail once Lucene's indexing
   * of the document before has pushed the table out, overlap here instead of stalling the spacing
   * filter one token at a time. A word the tokenizer splits otherwise has only touched a line for
   * nothing.
   */
  long touch(int[] hashes, int count) {
    long[] t = table;
    int mask = starts.length - 1;
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += t[(hashes[i] & mask) * STRIDE + 2];
    }
    return sum;
  }

  /**
   * What the spacing filter asks of the token in a slot: see {@link #mayStartJoin} and the rest.
   */
  long meta(int slot) {
    return table[slot * STRIDE + 2];
  }

  /** The current {@link #generation}: slots found in it stay where they are until it changes. */
  int generation() {
    return generation;
  }

  /** A verb prefix or a compound's first part: the spacing filter must read the next token. */
  static boolean mayStartJoin(long meta) {
    return (meta & (VERB_PREFIX | COMPOUND_START)) != 0;
  }

  /** A compound's first part: {@link #start} has its compounds. */
  static boolean isCompoundStart(long meta) {
    return (meta & COMPOUND_START) != 0;
  }

  /** The first part of a compound of three parts: {@link Compounds.Start#hasTriples()}. */
  static boolean startsTriple(long meta) {
    return (meta & TRIPLE_START) != 0;
  }

  /** A verb prefix written apart from its verb ({@link Lexicon#isVerbPrefixApart}). */
  static boolean isVerbPrefix(long meta) {
    return (meta & VERB_PREFIX) != 0;
  }

  /**
   * Whether some compound the token starts may go on with a part that begins with {@code c} (when
   * true, {@link Compounds.Start} checks again).
   */
  static boolean mayBeFollowedBy(long meta, char c) {
    return (meta >>> FOLLOWERS_SHIFT & 1L << (c & 31)) != 0;
  }

  static boolean isMonth(long meta) {
    return (meta & MONTH) != 0;
  }

  /** The compounds the token in a slot starts, or null. */
  Compounds.Start start(int slot) {
    return starts[slot];
  }

  /**
   * Whether the slot holds the token in {@code chars[0, length)}: a slot a filter was given may
   * since have been emptied or moved, and the term after it may have been changed.
   */
  boolean isOf(int slot, char[] chars, int length) {
    int at = slot * STRIDE;
    return slot < starts.length
        && (table[at + 2] & LENGTH) == (length & LENGTH)
        && table[at] == ShortWords.pack(chars, 0, length)
        && table[at + 1] == ShortWords.pack(chars, 4, length)
        && (table[at + 2] & USED) != 0
        && (length <= PACKED
            || Arrays.equals(texts[slot], 0, texts[slot].length, chars, 0, length));
  }

  /** What {@code maker} made of the token in a slot: one of the {@code TERM_} values. */
  int termKind(int slot, Object maker) {
    return maker != termMaker ? TERM_UNKNOWN : (int) (table[slot * STRIDE + 2] >>> TERM_SHIFT) & 3;
  }

  /** The term of a {@link #TERM_OTHER} slot. */
  char[] term(int slot) {
    return terms[slot];
  }

  /**
   * Keeps what {@code maker} made of the token in a slot ({@code term}: for {@link #TERM_OTHER}). A
   * table keeps the terms of one filter, the first that keeps one.
   */
  void setTerm(int slot, Object maker, int kind, char[] term) {
    if (termMaker == null) {
      termMaker = maker;
    }
    if (maker == termMaker) {
      int at = slot * STRIDE + 2;
      table[at] = table[at] & ~(3L << TERM_SHIFT) | (long) kind << TERM_SHIFT;
      terms[slot] = kind == TERM_OTHER ? term : null;
    }
  }

  private int added(char[] chars, int length, long head, long tail, int slot) {
    if (2 * (count + 1) > starts.length) {
      if (starts.length < MAX_SLOTS) {
        grow();
      } else {
        clear(); // the limit: start again with the words met from now on
      }
      slot = free(head, tail, length);
    }
    Compounds.Start start = compounds.startingWith(chars, length);
    long meta = (length & LENGTH) | USED;
    if (start != null) {
      long followers = start.followers();
      meta |= COMPOUND_START | (followers | followers >>> FOLLOWERS_SHIFT) << FOLLOWERS_SHIFT;
      if (start.hasTriples()) {
        meta |= TRIPLE_START;
      }
    }
    if (Lexicon.isVerbPrefixApart(new String(chars, 0, length))) {
      meta |= VERB_PREFIX;
    }
    if (length == MONTH_WORD.length && Arrays.equals(chars, 0, length, MONTH_WORD, 0, length)) {
      meta |= MONTH;
    }
    int at = slot * STRIDE;
    table[at] = head;
    table[at + 1] = tail;
    table[at + 2] = meta;
    starts[slot] = start;
    texts[slot] = length > PACKED ? Arrays.copyOf(chars, length) : null;
    count++;
    return slot;
  }

  private void grow() {
    generation++;
    long[] oldTable = table;
    Compounds.Start[] oldStarts = starts;
    char[][] oldTexts = texts;
    char[][] oldTerms = terms;
    int size = oldStarts.length * 2;
    table = new long[size * STRIDE];
    starts = new Compounds.Start[size];
    texts = new char[size][];
    terms = new char[size][];
    for (int old = 0; old < oldStarts.length; old++) {
      int at = old * STRIDE;
      long meta = oldTable[at + 2];
      if (meta != 0) {
        int slot = free(oldTable[at], oldTable[at + 1], (int) (meta & LENGTH));
        System.arraycopy(oldTable, at, table, slot * STRIDE, STRIDE);
        starts[slot] = oldStarts[old];
        texts[slot] = oldTexts[old];
        terms[slot] = oldTerms[old];
      }
    }
  }

  private void clear() {
    generation++;
    Arrays.fill(table, 0);
    Arrays.fill(starts, null);
    Arrays.fill(texts, null);
    Arrays.fill(terms, null);
    count = 0;
  }

  /** The first empty slot on the probe path of a token. */
  private int free(long head, long tail, int length) {
    int mask = starts.length - 1;
    int slot = slot(head, tail, length) & mask;
    while (table[slot * STRIDE + 2] != 0) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Spreads the packed chars' bits (Fibonacci multipliers), so that similar words land apart. */
  private static int slot(long head, long tail, int length) {
    long h = head * 0x9E3779B97F4A7C15L ^ tail * 0xC2B2AE3D27D4EB4FL ^ (length & LENGTH);
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
