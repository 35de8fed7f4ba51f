package ir.khabar.persian.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each term by its {@link GuardedStemmer} stem; terms marked as keywords are left alone.
 * Stems are remembered per filter (news vocabulary is Zipfian): a repeated word costs one lookup in
 * a small map keyed by the term's own characters, not several in the lexicon's large ones.
 */
public final class PersianStemFilter extends TokenFilter {
  private static final int CACHE_LIMIT = 50_000;
  private final GuardedStemmer stemmer;
  private final CharArrayMap<char[]> cache = new CharArrayMap<>(1024, false);
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
      char[] stem = cache.get(term.buffer(), 0, term.length());
      if (stem == null) {
        String word = term.toString();
        stem = stemmer.stem(word).toCharArray();
        if (cache.size() >= CACHE_LIMIT) {
          cache.clear();
        }
        cache.put(word, stem);
      }
      term.copyBuffer(stem, 0, stem.length);
    }
    return true;
  }
}
