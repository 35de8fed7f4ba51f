package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for a {@link StopFilter} with Khabar's stopwords (folded), the index side of {@link
 * QueryStopFilter}; SPI name {@value #NAME}.
 */
public class PersianStopFilterFactory extends TokenFilterFactory {
  public static final String NAME = "khabarPersianStop";

  public PersianStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public PersianStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, Lexicon.get().stopwordSet());
  }
}
