package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Compounds;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Joins what a writer spaced but the word joins: a verb prefix and its verb (می شود → میشود) and
 * the parts of a compound the lexicon knows (آیین نامه → آییننامه, جست و جو → جستوجو); detached
 * suffixes (کتاب ها) are already closed up by {@link PersianFoldingCharFilter}. With ZWNJ removed
 * there too, the ZWNJ, spaced and joined spellings of a word reach the index as one term. "می"
 * after "ماه" is the month May and stays apart. Only a token that can start a join (a verb prefix,
 * or a first part in {@link Compounds}, looked up on its characters) is held back to look at the
 * next; held tokens are copied into reused buffers, so the look-ahead makes no garbage.
 *
 * <p>On the index side ({@code keepParts}) a spaced compound also keeps its parts, stacked on the
 * joined term's position, so "نامه" still finds "آیین نامه" and "رؤسای" finds "رؤسای جمهور". The
 * parts take the compound's offsets: tokens at one position must agree on where it starts and ends
 * (Lucene's token-stream contract; offsets in postings or term vectors, and highlighting, rely on
 * it), so a match on a part highlights the whole compound as written. They are stacked rather than
 * laid out as a token graph at positions of their own because a compound then takes one position in
 * every spelling (ZWNJ, space, joined) and on both sides: the query side joins it to one term, and
 * a phrase such as "آیین نامه جدید" matches a document whatever spelling it uses.
 */
public final class PersianSpacingFilter extends TokenFilter {
  private static final char[] MONTH = "ماه".toCharArray();

  private final Lexicon lexicon;
  private final Compounds compounds;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final HeldTokens ahead = new HeldTokens();
  private final HeldTokens parts = new HeldTokens();
  private final HeldTokens free = new HeldTokens();
  private final boolean keepParts;
  private boolean afterMonth;

  /** The input has returned false: it must not be asked again before {@link #reset()}. */
  private boolean exhausted;

  /** The offsets of the compound whose parts are being emitted. */
  private int partsStart;

  private int partsEnd;

  public PersianSpacingFilter(TokenStream input, Lexicon lexicon, boolean keepParts) {
    super(input);
    this.lexicon = lexicon;
    this.compounds = lexicon.compounds();
    this.keepParts = keepParts;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      release(restore(parts.poll()));
      posInc.setPositionIncrement(0);
      offset.setOffset(partsStart, partsEnd);
      return true;
    }
    if (ahead.isEmpty()) {
      if (!next()) {
        return false;
      }
      Compounds.Start start = compounds.startingWith(term.buffer(), term.length());
      if (start == null && !isVerbPrefix(term.buffer(), term.length())) {
        afterMonth = is(term.buffer(), term.length(), MONTH);
        return true;
      }
      ahead.add(capture(start));
    }
    HeldToken first = ahead.poll();
    if (!ahead.isEmpty() || first.mayStartJoin()) {
      return joinOrEmit(first);
    }
    emitAsIs(first);
    return true;
  }

  private boolean joinOrEmit(HeldToken first) throws IOException {
    if (first.start != null && first.start.hasTriples() && fill(2)) {
      HeldToken second = ahead.get(0);
      HeldToken third = ahead.get(1);
      String triple = first.start.triple(second.chars, second.length, third.chars, third.length);
      if (triple != null) {
        ahead.poll();
        ahead.poll();
        join(triple, first, second, third);
        return true;
      }
    }
    if (fill(1)) {
      HeldToken second = ahead.get(0);
      if (first.verbPrefix) {
        if (!afterMonth && lexicon.isVerbForm(second.chars, second.length)) {
          ahead.poll();
          emit(first, second.end);
          int n = first.length;
          System.arraycopy(second.chars, 0, term.resizeBuffer(n + second.length), n, second.length);
          term.setLength(n + second.length);
          release(second);
          release(first);
          return true;
        }
      } else {
        String pair = first.start == null ? null : first.start.pair(second.chars, second.length);
        if (pair != null) {
          ahead.poll();
          join(pair, first, second);
          return true;
        }
      }
    }
    emitAsIs(first);
    return true;
  }

  /** Emits a compound; on the index side its parts follow, stacked on its position. */
  private void join(String joined, HeldToken... compoundParts) {
    HeldToken first = compoundParts[0];
    HeldToken last = compoundParts[compoundParts.length - 1];
    emit(first, last.end);
    term.setEmpty().append(joined);
    for (HeldToken part : compoundParts) {
      if (keepParts) {
        parts.add(part);
      } else {
        release(part);
      }
    }
    partsStart = first.startOffset;
    partsEnd = last.end;
  }

  /** The token as it was read. */
  private void emitAsIs(HeldToken t) {
    restore(t);
    afterMonth = is(t.chars, t.length, MONTH);
    release(t);
  }

  /** Sets {@code first} with the end offset of a join; the caller writes the joined term. */
  private void emit(HeldToken first, int end) {
    restore(first);
    offset.setOffset(first.startOffset, end);
    afterMonth = false;
  }

  private HeldToken restore(HeldToken t) {
    clearAttributes();
    term.copyBuffer(t.chars, 0, t.length);
    offset.setOffset(t.startOffset, t.end);
    posInc.setPositionIncrement(t.increment);
    type.setType(t.type);
    keyword.setKeyword(t.keyword);
    return t;
  }

  private HeldToken capture(Compounds.Start start) {
    HeldToken t = free.isEmpty() ? new HeldToken() : free.poll();
    t.copy(term.buffer(), term.length());
    t.startOffset = offset.startOffset();
    t.end = offset.endOffset();
    t.increment = posInc.getPositionIncrement();
    t.type = type.type();
    t.keyword = keyword.isKeyword();
    t.start = start;
    t.verbPrefix = isVerbPrefix(t.chars, t.length);
    return t;
  }

  private void release(HeldToken t) {
    t.start = null;
    free.add(t);
  }

  private boolean fill(int n) throws IOException {
    while (ahead.size() < n) {
      if (!next()) {
        return false;
      }
      ahead.add(capture(compounds.startingWith(term.buffer(), term.length())));
    }
    return true;
  }

  /** The input's next token; false, without asking the input again, once it has ended. */
  private boolean next() throws IOException {
    if (exhausted) {
      return false;
    }
    exhausted = !input.incrementToken();
    return !exhausted;
  }

  /** می and نمی, written apart from their verb. */
  private static boolean isVerbPrefix(char[] b, int n) {
    return (n == 2 && b[0] == 'م' && b[1] == 'ی')
        || (n == 3 && b[0] == 'ن' && b[1] == 'م' && b[2] == 'ی');
  }

  private static boolean is(char[] chars, int length, char[] word) {
    return length == word.length && Arrays.equals(chars, 0, length, word, 0, length);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    while (!ahead.isEmpty()) {
      release(ahead.poll());
    }
    while (!parts.isEmpty()) {
      release(parts.poll());
    }
    afterMonth = false;
    exhausted = false;
  }

  /**
   * A token read ahead: what the tokenizer and the filters before this one set, in a buffer reused
   * from token to token.
   */
  private static final class HeldToken {
    char[] chars = new char[16];
    int length;
    int startOffset;
    int end;
    int increment;
    String type;
    boolean keyword;

    /** The compounds it starts, or null. */
    Compounds.Start start;

    boolean verbPrefix;

    void copy(char[] from, int n) {
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      System.arraycopy(from, 0, chars, 0, n);
      length = n;
    }

    boolean mayStartJoin() {
      return verbPrefix || start != null;
    }
  }

  /** A few held tokens in order (at most three are ever held at once). */
  private static final class HeldTokens {
    private HeldToken[] items = new HeldToken[4];
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    int size() {
      return size;
    }

    HeldToken get(int i) {
      return items[i];
    }

    void add(HeldToken t) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = t;
    }

    /** The first held token, taken out. */
    HeldToken poll() {
      HeldToken t = items[0];
      System.arraycopy(items, 1, items, 0, --size);
      items[size] = null;
      return t;
    }
  }
}
