package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Gives words with several accepted spellings one form (مسئله, مسأله, مساله → مساله; جستوجو →
 * جستجو).
 */
public final class PersianSpellingFilter extends TokenFilter {
  private final CharArrayMap<String> canonical;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public PersianSpellingFilter(TokenStream input, Lexicon lexicon) {
    super(input);
    this.canonical = lexicon.canonicalByChars();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String spelling = canonical.get(term.buffer(), 0, term.length());
    if (spelling != null) {
      term.setEmpty().append(spelling);
    }
    return true;
  }
}
