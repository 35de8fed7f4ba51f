package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link PersianStemFilter}; SPI name {@value #NAME}. */
public class PersianStemFilterFactory extends TokenFilterFactory {
  public static final String NAME = "khabarPersianStem";

  public PersianStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public PersianStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PersianStemFilter(input, new GuardedStemmer(Lexicon.get()));
  }
}
