package ir.khabar.bench.jmh;

import ir.khabar.persian.analysis.GuardedStemmer;
import ir.khabar.persian.analysis.PersianFoldingCharFilter;
import ir.khabar.persian.analysis.PersianSpacingFilter;
import ir.khabar.persian.analysis.PersianTermFilter;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Khabar's index chain cut after one stage, so that the difference between two cuts is what that
 * stage costs. FOLDING reads the folded text through a tokenizer that makes one token of it.
 */
public enum ChainPrefix {
  FOLDING,
  TOKENS,
  LOWER_CASE,
  SPACING,
  TERMS;

  Analyzer analyzer() {
    Lexicon lexicon = Lexicon.get();
    GuardedStemmer stemmer = new GuardedStemmer(lexicon);
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new PersianFoldingCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source =
            ChainPrefix.this == FOLDING ? new KeywordTokenizer(1 << 16) : new StandardTokenizer();
        TokenStream s = source;
        if (ordinal() >= LOWER_CASE.ordinal()) {
          s = new LowerCaseFilter(s);
        }
        if (ordinal() >= SPACING.ordinal()) {
          s = new PersianSpacingFilter(s, lexicon, true);
        }
        if (ordinal() >= TERMS.ordinal()) {
          s = new PersianTermFilter(s, lexicon, stemmer, true);
        }
        return new TokenStreamComponents(source, s);
      }
    };
  }
}
