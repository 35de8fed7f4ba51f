package ir.khabar.persian;

import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.spacing.DisplayNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The Persian text layer's entry point: text for readers, and the form the index compares. */
public final class PersianText {
  private static volatile PersianText instance;

  private final DisplayNormalizer display;
  private final Analyzer index;

  private PersianText(Lexicon lexicon) {
    this.display = new DisplayNormalizer(lexicon);
    this.index = KhabarAnalyzer.forIndex();
  }

  public static PersianText get() {
    PersianText p = instance;
    if (p == null) {
      synchronized (PersianText.class) {
        if (instance == null) {
          instance = new PersianText(Lexicon.get());
        }
        p = instance;
      }
    }
    return p;
  }

  /** Persian letters and digits, no invisible characters, half-spaces restored: می‌شود, کتاب‌ها. */
  public String forDisplay(String text) {
    return display.normalize(text);
  }

  /** The index terms of the text, separated by spaces: "کتاب‌ها می شود" → "کتاب میشود". */
  public String forSearch(String text) {
    StringBuilder out = new StringBuilder();
    try (TokenStream ts = index.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.append(out.length() == 0 ? "" : " ").append(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
