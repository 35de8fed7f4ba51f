package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops stopwords from a query unless the query holds nothing else: "از این" is searched as it is,
 * "سفر به مسکو" as "سفر مسکو". Documents keep their stopwords in the index, which is what makes the
 * all-stopword query answerable. Reads the whole (short) query before emitting anything.
 */
public final class QueryStopFilter extends TokenFilter {
  private record Token(State state, boolean stop) {}

  private final Lexicon lexicon;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private List<Token> tokens;
  private boolean keepStopwords;
  private int next;

  public QueryStopFilter(TokenStream input, Lexicon lexicon) {
    super(input);
    this.lexicon = lexicon;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (tokens == null) {
      readAll();
    }
    int skipped = 0;
    while (next < tokens.size()) {
      Token t = tokens.get(next++);
      restoreState(t.state);
      if (keepStopwords || !t.stop) {
        posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
        return true;
      }
      skipped += posInc.getPositionIncrement();
    }
    return false;
  }

  private void readAll() throws IOException {
    tokens = new ArrayList<>();
    boolean content = false;
    while (input.incrementToken()) {
      boolean stop = lexicon.isStopword(term.toString());
      content |= !stop;
      tokens.add(new Token(captureState(), stop));
    }
    keepStopwords = !content;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tokens = null;
    next = 0;
  }
}
