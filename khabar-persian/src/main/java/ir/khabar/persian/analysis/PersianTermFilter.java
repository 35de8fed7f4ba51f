package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The last three steps of the index chain in one pass: drop stopwords (optional), stem ({@link
 * GuardedStemmer}) and give one spelling ({@link PersianSpellingFilter}'s links). The same output
 * as those filters in a row, with one lookup per term instead of three: each word's outcome is
 * remembered per filter, and news vocabulary is Zipfian. After {@link PersianSpacingFilter} it
 * needs no lookup of its own: the outcome is kept in the token's slot of the spacing filter's
 * {@link WordLookups}.
 */
public final class PersianTermFilter extends TokenFilter {
  private static final int CACHE_LIMIT = 50_000;
  private static final char[] STOPWORD = new char[0];

  /** The outcome of a word whose term is the token as it is (most words): nothing to copy. */
  private static final char[] AS_IS = new char[0];

  private final GuardedStemmer stemmer;
  private final Lexicon lexicon;
  private final CharArraySet stopwords;
  private final CharArrayMap<char[]> cache = new CharArrayMap<>(1024, false);
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final WordLookupAttribute lookup = addAttribute(WordLookupAttribute.class);
  private final boolean nextToSpacing;

  /**
   * {@code dropStopwords}: the index side; a query keeps the stopwords {@link QueryStopFilter}
   * kept.
   */
  public PersianTermFilter(
      TokenStream input, Lexicon lexicon, GuardedStemmer stemmer, boolean dropStopwords) {
    this(input, lexicon, stemmer, dropStopwords, false);
  }

  /**
   * {@code nextToSpacing}: between this filter and the {@link PersianSpacingFilter} no filter
   * changes a term (as in {@link KhabarAnalyzer}), so that a slot found in the table's current
   * generation is the token's without comparing its chars again.
   */
  PersianTermFilter(
      TokenStream input,
      Lexicon lexicon,
      GuardedStemmer stemmer,
      boolean dropStopwords,
      boolean nextToSpacing) {
    super(input);
    this.nextToSpacing = nextToSpacing;
    this.lexicon = lexicon;
    this.stemmer = stemmer;
    this.stopwords = dropStopwords ? lexicon.stopwordSet() : CharArraySet.EMPTY_SET;
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      if (keyword.isKeyword()) {
        posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
        return true;
      }
      char[] outcome = outcome();
      if (outcome != STOPWORD) {
        if (outcome != AS_IS) {
          term.copyBuffer(outcome, 0, outcome.length);
        }
        posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
        return true;
      }
      skipped += posInc.getPositionIncrement();
    }
    return false;
  }

  /** The token's term: from its lookup when the spacing filter made one, else from the cache. */
  private char[] outcome() {
    WordLookups lookups = lookup.lookups();
    int slot = lookup.slot();
    if (lookups == null
        || !(nextToSpacing && lookup.generation() == lookups.generation()
            || lookups.isOf(slot, term.buffer(), term.length()))) {
      return cachedOutcome();
    }
    switch (lookups.termKind(slot, this)) {
      case WordLookups.TERM_AS_IS:
        return AS_IS;
      case WordLookups.TERM_STOPWORD:
        return STOPWORD;
      case WordLookups.TERM_OTHER:
        return lookups.term(slot);
      default:
        break;
    }
    char[] made = outcome(term.toString());
    if (made == STOPWORD) {
      lookups.setTerm(slot, this, WordLookups.TERM_STOPWORD, null);
    } else if (lookups.isOf(slot, made, made.length)) {
      made = AS_IS;
      lookups.setTerm(slot, this, WordLookups.TERM_AS_IS, null);
    } else {
      lookups.setTerm(slot, this, WordLookups.TERM_OTHER, made);
    }
    return made;
  }

  private char[] cachedOutcome() {
    char[] cached = cache.get(term.buffer(), 0, term.length());
    if (cached != null) {
      return cached;
    }
    String word = term.toString();
    char[] outcome = outcome(word);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(word, outcome);
    return outcome;
  }

  private char[] outcome(String word) {
    return stopwords.contains(word)
        ? STOPWORD
        : lexicon.canonical(stemmer.stem(word)).toCharArray();
  }
}
