package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Khabar's Persian analysis: folding and lower case → tokens → spacing joined → stopwords → stem →
 * one spelling (the last three fused in {@link PersianTermFilter}). Documents lose their stopwords
 * (positions kept); queries lose them too unless nothing else is left, and such a query is answered
 * from the stopwords each document records apart (see the core's index). Both sides otherwise agree
 * term for term, which is what lets a query in any spelling find a document in any other.
 *
 * <p>The index side's streams carry a {@link TextStopwordsAttribute}: asked before a text is read,
 * the char filter records the text's stopwords as {@code PersianText.stopwordsIn} finds them, for
 * the stopwords field.
 */
public final class KhabarAnalyzer extends Analyzer {
  private final Lexicon lexicon;
  private final GuardedStemmer stemmer;
  private final boolean query;

  private KhabarAnalyzer(Lexicon lexicon, boolean query) {
    this.lexicon = lexicon;
    this.stemmer = new GuardedStemmer(lexicon);
    this.query = query;
  }

  /** The analyzer documents are indexed with. */
  public static KhabarAnalyzer forIndex() {
    return new KhabarAnalyzer(Lexicon.get(), false);
  }

  /** The analyzer queries are parsed with. */
  public static KhabarAnalyzer forQuery() {
    return new KhabarAnalyzer(Lexicon.get(), true);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new PersianFoldingCharFilter(reader);
  }

  /**
   * The folding char filter goes in front of the tokenizer here rather than in {@code initReader},
   * so that it folds each text in arrays these components keep ({@link FoldingBuffers}): the
   * components serve one text at a time, as the arrays must.
   */
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    FoldingBuffers buffers = new FoldingBuffers();
    TextStopwords stopwords = query ? null : new TextStopwords(lexicon);
    if (stopwords != null) {
      source.addAttribute(TextStopwordsAttribute.class).set(stopwords);
    }
    PersianSpacingFilter spacing = new PersianSpacingFilter(source, lexicon, !query);
    if (stopwords != null) {
      stopwords.touchSlotsIn(spacing.lookups());
    }
    TokenStream stream = spacing;
    if (query) {
      stream = new QueryStopFilter(stream, lexicon);
    }
    stream = new PersianTermFilter(stream, lexicon, stemmer, !query, true);
    return new TokenStreamComponents(
        reader -> source.setReader(new PersianFoldingCharFilter(reader, buffers, stopwords)),
        stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
