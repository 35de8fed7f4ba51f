package ir.khabar.persian.analysis;

import java.io.Reader;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * lucene-test-framework's {@link BaseTokenStreamTestCase} with Khabar's analyzers: both sides, and
 * the char filter before StandardTokenizer alone (offsets without the lexicon's joins and stems).
 * JUnit 4 (LuceneTestCase), run by the vintage engine; a failure prints the seed that repeats it
 * ({@code -Dtests.seed=…}).
 */
public abstract class KhabarTokenStreamTestCase extends BaseTokenStreamTestCase {
  protected Analyzer index;
  protected Analyzer query;
  protected Analyzer folding;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    index = KhabarAnalyzer.forIndex();
    query = KhabarAnalyzer.forQuery();
    folding = withFolding(StandardTokenizer::new, in -> in);
  }

  @Override
  public void tearDown() throws Exception {
    IOUtils.close(index, query, folding);
    super.tearDown();
  }

  /** One filter over MockTokenizer, which fails on any misuse of the token-stream workflow. */
  static Analyzer overMock(Function<TokenStream, TokenStream> filter, boolean folding) {
    Supplier<Tokenizer> mock = () -> new MockTokenizer(MockTokenizer.WHITESPACE, false);
    return folding
        ? withFolding(mock, filter)
        : new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = mock.get();
            return new TokenStreamComponents(source, filter.apply(source));
          }
        };
  }

  /** {@link PersianFoldingCharFilter}, then the tokenizer and the filter. */
  static Analyzer withFolding(
      Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filter.apply(source));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new PersianFoldingCharFilter(reader);
      }
    };
  }
}
