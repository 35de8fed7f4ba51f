package ir.khabar.persian.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces each term by its {@link GuardedStemmer} stem; terms marked as keywords are left alone. */
public final class PersianStemFilter extends TokenFilter {
  private final GuardedStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public PersianStemFilter(TokenStream input, GuardedStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String original = term.toString();
      String stem = stemmer.stem(original);
      if (!stem.equals(original)) {
        term.setEmpty().append(stem);
      }
    }
    return true;
  }
}
