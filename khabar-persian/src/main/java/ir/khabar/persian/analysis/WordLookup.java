package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Compounds;
import ir.khabar.persian.lexicon.ShortWords;
import java.util.Arrays;

/**
 * What Khabar's chain knows of one written token, looked up once per distinct token in each
 * analyzer's thread: the compounds it starts, whether it is a verb prefix or the word ماه, and the
 * index term the term filter made of it. The spacing filter passes it down the chain in a {@link
 * WordLookupAttribute}, so that a token is hashed once rather than once per filter.
 *
 * <p>Everything a token needs is in this one object: up to eight chars of the token are packed in
 * two longs, so that checking a lookup against a token reads no array, and the first chars of the
 * parts that may follow it are a bit mask, so that the token after a compound's first part is
 * mostly ruled out without a lookup. On a busy machine each further object a token touches costs a
 * trip to memory.
 */
public final class WordLookup {
  private static final char[] MONTH = "ماه".toCharArray();
  private static final int PACKED = ShortWords.MAX_LENGTH;

  private final int hash;
  private final int length;
  private final long head;
  private final long tail;
  private final char[] text;
  private final Compounds.Start start;
  private final long followers;
  private final boolean verbPrefix;
  private final boolean month;

  /** The filter that made {@link #term}: a term is only reused by the filter that made it. */
  private Object termMaker;

  private char[] term;

  WordLookup(int hash, char[] text, Compounds.Start start) {
    this.hash = hash;
    this.length = text.length;
    this.head = ShortWords.pack(text, 0, text.length);
    this.tail = ShortWords.pack(text, 4, text.length);
    this.text = text;
    this.start = start;
    this.followers = start == null ? 0 : start.followers();
    this.verbPrefix = isVerbPrefix(text, text.length);
    this.month = Arrays.equals(text, MONTH);
  }

  /** The hash {@link WordLookups} files it under. */
  int hash() {
    return hash;
  }

  /** Whether this is the lookup of the token in {@code chars[0, length)}. */
  boolean isOf(char[] chars, int n) {
    if (n != length) {
      return false;
    }
    if (n > PACKED) {
      return Arrays.equals(text, 0, n, chars, 0, n);
    }
    for (int i = 0; i < n; i++) {
      if (chars[i] != (char) ((i < 4 ? head : tail) >>> ((i & 3) << 4))) {
        return false;
      }
    }
    return true;
  }

  /** The compounds the token starts, or null. */
  Compounds.Start start() {
    return start;
  }

  /** Whether some compound it starts may go on with a part that begins with {@code c}. */
  boolean mayBeFollowedBy(char c) {
    return (followers & Compounds.bit(c)) != 0;
  }

  /** می or نمی, written apart from its verb. */
  boolean isVerbPrefix() {
    return verbPrefix;
  }

  /** A verb prefix or a compound's first part: the spacing filter must read the next token. */
  boolean mayStartJoin() {
    return verbPrefix || start != null;
  }

  boolean isMonth() {
    return month;
  }

  /** The term {@code maker} made of this token, or null when it has made none yet. */
  char[] term(Object maker) {
    return termMaker == maker ? term : null;
  }

  void setTerm(Object maker, char[] madeTerm) {
    this.termMaker = maker;
    this.term = madeTerm;
  }

  private static boolean isVerbPrefix(char[] b, int n) {
    return (n == 2 && b[0] == 'م' && b[1] == 'ی')
        || (n == 3 && b[0] == 'ن' && b[1] == 'م' && b[2] == 'ی');
  }
}
