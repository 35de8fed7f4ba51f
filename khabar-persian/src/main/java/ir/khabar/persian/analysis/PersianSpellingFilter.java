package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Gives words with several accepted spellings one form (مسئله, مسأله, مساله → مساله; جستوجو → جستجو). */
public final class PersianSpellingFilter extends TokenFilter {
  private final Lexicon lexicon;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public PersianSpellingFilter(TokenStream input, Lexicon lexicon) {
    super(input);
    this.lexicon = lexicon;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String original = term.toString();
    String canonical = lexicon.canonical(original);
    if (!canonical.equals(original)) {
      term.setEmpty().append(canonical);
    }
    return true;
  }
}
