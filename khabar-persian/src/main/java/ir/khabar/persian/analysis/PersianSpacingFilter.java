package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * after "ماه" is the month May and stays apart. Only a token that can start a join is held back to
 * look at the next.
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
  /**
   * A token read ahead: what the tokenizer and the filters before this one set, kept without
   * cloning.
   */
  private record Token(
      String text, int start, int end, int increment, String type, boolean keyword) {}

  private final Lexicon lexicon;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final List<Token> ahead = new ArrayList<>(3);
  private final List<Token> parts = new ArrayList<>(3);
  private final boolean keepParts;
  private static final String MONTH = "ماه";
  private boolean afterMonth;

  /** The input has returned false: it must not be asked again before {@link #reset()}. */
  private boolean exhausted;

  /** The offsets of the compound whose parts are being emitted. */
  private int partsStart;

  private int partsEnd;

  public PersianSpacingFilter(TokenStream input, Lexicon lexicon, boolean keepParts) {
    super(input);
    this.lexicon = lexicon;
    this.keepParts = keepParts;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      restore(parts.remove(0));
      posInc.setPositionIncrement(0);
      offset.setOffset(partsStart, partsEnd);
      return true;
    }
    if (ahead.isEmpty()) {
      if (!next()) {
        return false;
      }
      if (!mayStartJoin()) {
        afterMonth = isMonth();
        return true;
      }
      ahead.add(capture());
    }
    Token first = ahead.remove(0);
    if (!ahead.isEmpty() || mayStartJoin(first.text)) {
      return joinOrEmit(first);
    }
    restore(first);
    afterMonth = first.text.equals(MONTH);
    return true;
  }

  private boolean joinOrEmit(Token first) throws IOException {
    if (lexicon.mayStartTriple(first.text) && fill(2)) {
      String triple = lexicon.compound(first.text, ahead.get(0).text, ahead.get(1).text);
      if (triple != null) {
        keepParts(first, ahead.get(0), ahead.get(1));
        ahead.remove(0);
        return emit(first, triple, ahead.remove(0).end);
      }
    }
    if (fill(1)) {
      String pair = joinPair(first.text, ahead.get(0).text);
      if (pair != null) {
        if (isCompound(first.text, ahead.get(0).text)) {
          keepParts(first, ahead.get(0));
        }
        return emit(first, pair, ahead.remove(0).end);
      }
    }
    restore(first);
    afterMonth = first.text.equals(MONTH);
    return true;
  }

  /**
   * Only a verb prefix or a compound's first part can start a join; other tokens pass untouched.
   */
  private boolean mayStartJoin() {
    char[] b = term.buffer();
    int n = term.length();
    boolean prefix =
        (n == 2 && b[0] == 'م' && b[1] == 'ی')
            || (n == 3 && b[0] == 'ن' && b[1] == 'م' && b[2] == 'ی');
    return prefix || lexicon.mayStartCompound(b, n);
  }

  private boolean mayStartJoin(String token) {
    return Affixes.isVerbPrefix(token) || lexicon.mayStartCompound(token);
  }

  private boolean isMonth() {
    char[] b = term.buffer();
    return term.length() == 3 && b[0] == 'م' && b[1] == 'ا' && b[2] == 'ه';
  }

  private void restore(Token t) {
    clearAttributes();
    term.append(t.text);
    offset.setOffset(t.start, t.end);
    posInc.setPositionIncrement(t.increment);
    type.setType(t.type);
    keyword.setKeyword(t.keyword);
  }

  private String joinPair(String first, String second) {
    if (Affixes.isVerbPrefix(first)) {
      return !afterMonth && Affixes.isVerbForm(second, lexicon) ? first + second : null;
    }
    return lexicon.compound(first, second);
  }

  /** A compound of two words, not a verb and its prefix. */
  private boolean isCompound(String first, String second) {
    return !Affixes.isVerbPrefix(first) && lexicon.compound(first, second) != null;
  }

  private boolean emit(Token first, String joined, int end) {
    restore(first);
    term.setEmpty().append(joined);
    offset.setOffset(first.start, end);
    afterMonth = false;
    return true;
  }

  private void keepParts(Token... compoundParts) {
    if (keepParts) {
      parts.addAll(List.of(compoundParts));
      partsStart = compoundParts[0].start;
      partsEnd = compoundParts[compoundParts.length - 1].end;
    }
  }

  private Token capture() {
    return new Token(
        term.toString(),
        offset.startOffset(),
        offset.endOffset(),
        posInc.getPositionIncrement(),
        type.type(),
        keyword.isKeyword());
  }

  private boolean fill(int n) throws IOException {
    while (ahead.size() < n) {
      if (!next()) {
        return false;
      }
      ahead.add(capture());
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
    ahead.clear();
    parts.clear();
    afterMonth = false;
    exhausted = false;
  }
}
