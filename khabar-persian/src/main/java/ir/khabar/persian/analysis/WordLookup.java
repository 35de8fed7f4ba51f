package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Compounds;
import java.util.Arrays;

/**
 * What Khabar's chain knows of one written token, looked up once per distinct token in each
 * analyzer's thread: the compounds it starts, whether it is a verb prefix or the word ماه, and the
 * index term the term filter made of it. The spacing filter passes it down the chain in a {@link
 * WordLookupAttribute}, so that a token is hashed once rather than once per filter.
 */
public final class WordLookup {
  private static final char[] MONTH = "ماه".toCharArray();

  private final char[] text;
  private final Compounds.Start start;
  private final boolean verbPrefix;

  /** The filter that made {@link #term}: a term is only reused by the filter that made it. */
  private Object termMaker;

  private char[] term;

  WordLookup(char[] text, Compounds.Start start) {
    this.text = text;
    this.start = start;
    this.verbPrefix = isVerbPrefix(text, text.length);
  }

  /** Whether this is the lookup of the token in {@code chars[0, length)}. */
  boolean isOf(char[] chars, int length) {
    return Arrays.equals(text, 0, text.length, chars, 0, length);
  }

  /** The compounds the token starts, or null. */
  Compounds.Start start() {
    return start;
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
    return Arrays.equals(text, MONTH);
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
