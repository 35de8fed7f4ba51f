package ir.khabar.persian.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link PersianFoldingCharFilter}; SPI name {@value #NAME}. */
public class PersianFoldingCharFilterFactory extends CharFilterFactory {
  public static final String NAME = "khabarPersianFolding";

  public PersianFoldingCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public PersianFoldingCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new PersianFoldingCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
