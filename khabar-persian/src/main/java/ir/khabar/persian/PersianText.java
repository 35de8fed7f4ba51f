package ir.khabar.persian;

import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.persian.analysis.Terms;
import ir.khabar.persian.analysis.TextStopwords;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.spacing.DisplayNormalizer;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** The Persian text layer's entry point: text for readers, and the form the index compares. */
public final class PersianText {
  private static volatile PersianText instance;

  private final DisplayNormalizer display;
  private final Analyzer index;
  private final Lexicon lexicon;

  private PersianText(Lexicon lexicon) {
    this.lexicon = lexicon;
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

  /**
   * The stopwords the text holds, folded: the index drops them from the text, so a query made only
   * of stopwords ("از این") is answered from these.
   */
  public Set<String> stopwordsIn(String text) {
    return TextStopwords.in(lexicon, text);
  }

  /**
   * The text's words in search folding (letters, digits, no ZWNJ), without stopwords and without
   * the analyzer's joining and stemming: a cheap, spelling-tolerant sequence for fingerprints.
   */
  public List<String> foldedWords(String text) {
    List<String> words = new ArrayList<>(text.length() / 5);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? SearchFolding.fold(text.charAt(i)) : ' ';
      if (c == SearchFolding.DELETE) {
        continue;
      }
      if (TextStopwords.isWordChar(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        String w = word.toString();
        if (!lexicon.isStopword(w)) {
          words.add(w);
        }
        word.setLength(0);
      }
    }
    return words;
  }

  /** The index terms of the text, separated by spaces: "کتاب\u200cها می شود" → "کتاب میشود". */
  public String forSearch(String text) {
    return String.join(" ", Terms.of(index, "text", text));
  }
}
