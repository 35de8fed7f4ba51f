package ir.khabar.persian;

import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.persian.analysis.Terms;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.lexicon.ShortWords;
import ir.khabar.persian.spacing.DisplayNormalizer;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.HashSet;
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
    ShortWords stops = lexicon.listedStopwords();
    Set<String> found = new HashSet<>();
    long head = 0; // the word's chars 0-3 as ShortWords packs them
    long tail = 0; // chars 4-7
    int length = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? SearchFolding.fold(text.charAt(i)) : ' ';
      if (c == SearchFolding.DELETE) {
        continue;
      }
      if (isWordChar(c)) {
        if (length < 4) {
          head |= (long) c << (length << 4);
        } else if (length < ShortWords.MAX_LENGTH) {
          tail |= (long) c << ((length - 4) << 4);
        }
        length++;
      } else {
        String stop = length > 0 && length <= ShortWords.MAX_LENGTH ? stops.get(head, tail) : null;
        if (stop != null) {
          found.add(stop);
        }
        length = 0;
        head = 0;
        tail = 0;
      }
    }
    return found;
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
      if (isWordChar(c)) {
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

  /**
   * Arabic-script letters (after folding) and Latin letters and digits: no table lookups per char.
   */
  private static boolean isWordChar(char c) {
    return (c >= '\u0621' && c <= '\u06FF')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9');
  }

  /** The index terms of the text, separated by spaces: "کتاب‌ها می شود" → "کتاب میشود". */
  public String forSearch(String text) {
    return String.join(" ", Terms.of(index, "text", text));
  }
}
