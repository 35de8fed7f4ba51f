package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link PersianSpacingFilter}; SPI name {@value #NAME}. */
public class PersianSpacingFilterFactory extends TokenFilterFactory {
  public static final String NAME = "khabarPersianSpacing";

  private final boolean keepParts;

  /**
   * {@code keepParts="true"} on the index side keeps the parts of spaced compounds (see the
   * filter).
   */
  public PersianSpacingFilterFactory(Map<String, String> args) {
    super(args);
    keepParts = getBoolean(args, "keepParts", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public PersianSpacingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PersianSpacingFilter(input, Lexicon.get(), keepParts);
  }
}
