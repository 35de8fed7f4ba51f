package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link PersianSpellingFilter}; SPI name {@value #NAME}. */
public class PersianSpellingFilterFactory extends TokenFilterFactory {
  public static final String NAME = "khabarPersianSpelling";

  public PersianSpellingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public PersianSpellingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PersianSpellingFilter(input, Lexicon.get());
  }
}
