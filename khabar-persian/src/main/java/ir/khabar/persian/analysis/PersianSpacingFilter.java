package ir.khabar.persian.analysis;

import ir.khabar.persian.analysis.HeldTokens.Held;
import ir.khabar.persian.lexicon.Compounds;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
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
 * next; held tokens are copied into reused buffers, so the look-ahead makes no garbage. Each token
 * is looked up once ({@link WordLookups}) and its slot passed on in a {@link WordLookupAttribute},
 * which the term filter reuses.
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
  private final Lexicon lexicon;
  private final WordLookups lookups;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final WordLookupAttribute lookup = addAttribute(WordLookupAttribute.class);
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
    this.lookups = new WordLookups(lexicon.compounds());
    this.keepParts = keepParts;
  }

  /** The table this filter looks its tokens up in. */
  WordLookups lookups() {
    return lookups;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      free.add(restore(parts.poll()));
      posInc.setPositionIncrement(0);
      offset.setOffset(partsStart, partsEnd);
      return true;
    }
    if (ahead.isEmpty()) {
      if (!next()) {
        return false;
      }
      int slot = lookups.of(term.buffer(), term.length());
      long meta = lookups.meta(slot);
      if (!WordLookups.mayStartJoin(meta)) {
        lookup.set(lookups, slot, lookups.generation());
        afterMonth = WordLookups.isMonth(meta);
        return true;
      }
      ahead.add(capture(slot, meta));
    }
    Held first = ahead.poll();
    if (!ahead.isEmpty() || first.mayStartJoin()) {
      return joinOrEmit(first);
    }
    emitAsIs(first);
    return true;
  }

  private boolean joinOrEmit(Held first) throws IOException {
    Compounds.Start start = null; // read only when the next token may go on with it
    if (WordLookups.isCompoundStart(first.meta)
        && fill(1)
        && first.mayBeFollowedBy(ahead.get(0).chars[0])) {
      start = startOf(first);
      Held second = ahead.get(0);
      if (WordLookups.startsTriple(first.meta)
          && start.mayContinueTriple(second.chars, second.length)
          && fill(2)) {
        Held third = ahead.get(1);
        String triple = start.triple(second.chars, second.length, third.chars, third.length);
        if (triple != null) {
          ahead.poll();
          ahead.poll();
          join(triple, first, second, third);
          return true;
        }
      }
    }
    if (fill(1)) {
      Held second = ahead.get(0);
      if (WordLookups.isVerbPrefix(first.meta)) {
        if (!afterMonth && lexicon.isVerbForm(second.chars, second.length)) {
          joinVerb(first, ahead.poll());
          return true;
        }
      } else {
        CharSequence pair = start == null ? null : start.pair(second.chars, second.length);
        if (pair != null) {
          join(pair, first, ahead.poll(), null);
          return true;
        }
      }
    }
    emitAsIs(first);
    return true;
  }

  /**
   * The compounds a held token starts: its slot is looked up again when the table has moved slots
   * since it was captured (reading further tokens may have grown it).
   */
  private Compounds.Start startOf(Held t) {
    if (t.generation != lookups.generation()) {
      t.slot = lookups.of(t.chars, t.length);
      t.generation = lookups.generation();
    }
    return lookups.start(t.slot);
  }

  /** Emits a prefix and its verb as one token: می + شود → میشود. */
  private void joinVerb(Held prefix, Held verb) {
    emit(prefix, verb.end);
    int n = prefix.length;
    System.arraycopy(verb.chars, 0, term.resizeBuffer(n + verb.length), n, verb.length);
    term.setLength(n + verb.length);
    free.add(prefix);
    free.add(verb);
  }

  /**
   * Emits a compound of two parts or three ({@code third} null for two); on the index side its
   * parts follow, stacked on its position.
   */
  private void join(CharSequence joined, Held first, Held second, Held third) {
    Held last = third == null ? second : third;
    emit(first, last.end);
    term.setEmpty().append(joined);
    HeldTokens to = keepParts ? parts : free;
    to.add(first);
    to.add(second);
    if (third != null) {
      to.add(third);
    }
    partsStart = first.start;
    partsEnd = last.end;
  }

  /** The token as it was read. */
  private void emitAsIs(Held t) {
    restore(t);
    afterMonth = WordLookups.isMonth(t.meta);
    free.add(t);
  }

  /** Sets {@code first} with the end offset of a join; the caller writes the joined term. */
  private void emit(Held first, int end) {
    restore(first);
    lookup.set(null, 0, 0);
    offset.setOffset(first.start, end);
    afterMonth = false;
  }

  private Held restore(Held t) {
    clearAttributes();
    term.copyBuffer(t.chars, 0, t.length);
    offset.setOffset(t.start, t.end);
    posInc.setPositionIncrement(t.increment);
    type.setType(t.type);
    keyword.setKeyword(t.keyword);
    lookup.set(lookups, t.slot, t.generation);
    return t;
  }

  private Held capture(int slot, long meta) {
    Held t = free.isEmpty() ? new Held() : free.poll();
    t.copy(term.buffer(), term.length());
    t.start = offset.startOffset();
    t.end = offset.endOffset();
    t.increment = posInc.getPositionIncrement();
    t.type = type.type();
    t.keyword = keyword.isKeyword();
    t.slot = slot;
    t.generation = lookups.generation();
    t.meta = meta;
    return t;
  }

  private boolean fill(int n) throws IOException {
    while (ahead.size() < n) {
      if (!next()) {
        return false;
      }
      int slot = lookups.of(term.buffer(), term.length());
      ahead.add(capture(slot, lookups.meta(slot)));
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

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.drainTo(free);
    parts.drainTo(free);
    afterMonth = false;
    exhausted = false;
  }
}
