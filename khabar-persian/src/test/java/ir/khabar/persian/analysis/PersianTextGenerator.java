package ir.khabar.persian.analysis;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import ir.khabar.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Random Persian text as scraped news writes it: words, verbs with می/نمی, plurals and
 * comparatives, lexicon compounds, each written with a ZWNJ, a space or joined, with Arabic letter
 * variants, kashida, diacritics, invisible characters, mixed digits, punctuation and presentation
 * forms mixed in.
 */
final class PersianTextGenerator {
  static final String ZWNJ = "\u200c";
  private static final String[] WORDS = {
    "ایران",
    "روسیه",
    "وزیر",
    "امور",
    "خارجه",
    "وزارت",
    "سفیر",
    "کشور",
    "دیدار",
    "مذاکرات",
    "همکاری",
    "گزارش",
    "خبرگزاری",
    "فارس",
    "تهران",
    "مسکو",
    "انرژی",
    "اتمی",
    "اقتصاد",
    "مقاومتی",
    "شهرستان",
    "فرمانده",
    "انتظامی",
    "رئیس",
    "جمهور",
    "رؤسای",
    "مسئول",
    "مسئولان",
    "مسوولان",
    "مسأله",
    "تأثیر",
    "ماه",
    "آذر",
    "سه",
    "شنبه",
    "نشست",
    "سران",
    "پزشکیان",
    "عراقچی",
    "دولت",
    "مجلس",
    "بین",
    "المللی",
    "ملی",
    "ملا",
    "آبان",
    "گرگان",
    "کرمان",
    "رضایی",
    "نهادهای",
    "قانونی",
    "درآمد",
    "نفتی",
    "اسلامی",
    "جمهوری",
    "صدا",
    "سیما",
    "دفاع",
    "پرس",
    "خبرنگاران",
    "جوان",
    "هزار",
    "ریال",
    "دلار",
    "طرح",
    "گاز"
  };
  private static final String[] STOPWORDS = {
    "و", "در", "از", "به", "با", "که", "را", "این", "آن", "می", "هم"
  };
  private static final String[] VERBS = {
    "شود", "رود", "گوید", "کند", "گیرد", "دهد", "خواهد", "توان", "شوند", "کنیم", "بینیم", "گذاریم"
  };
  private static final String[] SUFFIXES = {
    "ها", "های", "هایی", "ترین", "تر", "ای", "ی", "ام", "اش", "شان"
  };
  private static final String[] TRIPLES = {
    "جست و جو", "حمل و نقل", "گفت و گو", "رفت و آمد", "صدا و سیما"
  };
  private static final String[] PUNCTUATION = {
    "،", ".", ":", "؛", "؟", "!", "«", "»", "(", ")", "-", "ـ"
  };
  private static final String[] NOISE = {
    "\u200f", "\u200e", "\u200d", "\u061c", "\u202b", "\u202c", "\ufeff", "\u00a0", "\u00ad",
    "\u0640"
  };
  private static final String[] DIACRITICS = {
    "\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0670"
  };
  private static final String[] COMPOUNDS = compounds();

  private PersianTextGenerator() {}

  static String text(Random r, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(r.nextInt(20) == 0 ? "\n" : r.nextInt(30) == 0 ? "  " : " ");
      }
      String w = word(r);
      switch (r.nextInt(12)) {
        case 0 -> w = shaped(w);
        case 1 -> w = arabicLetters(w);
        case 2 -> w = insert(r, w, NOISE[r.nextInt(NOISE.length)]);
        case 3 -> w = insert(r, w, DIACRITICS[r.nextInt(DIACRITICS.length)]);
        case 4 -> w = r.nextBoolean() ? ZWNJ + w : w + ZWNJ;
        default -> {}
      }
      out.append(w);
      if (r.nextInt(8) == 0) {
        out.append(PUNCTUATION[r.nextInt(PUNCTUATION.length)]);
      }
    }
    return out.toString();
  }

  private static String word(Random r) {
    return switch (r.nextInt(10)) {
      case 0, 1 -> spaced(r, COMPOUNDS[r.nextInt(COMPOUNDS.length)].split(ZWNJ));
      case 2 -> spaced(r, (r.nextInt(3) == 0 ? "نمی" : "می"), VERBS[r.nextInt(VERBS.length)]);
      case 3 -> spaced(r, WORDS[r.nextInt(WORDS.length)], SUFFIXES[r.nextInt(SUFFIXES.length)]);
      case 4 -> STOPWORDS[r.nextInt(STOPWORDS.length)];
      case 5 -> spaced(r, TRIPLES[r.nextInt(TRIPLES.length)].split(" "));
      case 6 -> digits(r);
      default -> WORDS[r.nextInt(WORDS.length)];
    };
  }

  /**
   * The parts written with a ZWNJ, a space or nothing between each two (sometimes a ZWNJ and a
   * space).
   */
  static String spaced(Random r, String... parts) {
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      int k = r.nextInt(10);
      b.append(k < 4 ? ZWNJ : k < 8 ? " " : k < 9 ? "" : ZWNJ + " ").append(parts[i]);
    }
    return b.toString();
  }

  private static String digits(Random r) {
    char zero =
        switch (r.nextInt(3)) {
          case 0 -> '0';
          case 1 -> '\u06F0';
          default -> '\u0660';
        };
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      b.append((char) (zero + r.nextInt(10)));
    }
    if (r.nextInt(4) == 0) {
      b.append(r.nextBoolean() ? '/' : '\u066B').append((char) (zero + r.nextInt(10)));
    }
    return b.toString();
  }

  private static String insert(Random r, String w, String s) {
    int at = r.nextInt(w.length() + 1);
    return w.substring(0, at) + s + w.substring(at);
  }

  private static String arabicLetters(String w) {
    return w.replace('ی', 'ي').replace('ک', 'ك').replace("ه ", "ة ");
  }

  /** The word in Arabic presentation forms, as text copied from a PDF has it. */
  static String shaped(String w) {
    try {
      return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
          .shape(w);
    } catch (ArabicShapingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] compounds() {
    List<String> out = new ArrayList<>();
    try (var in =
            PersianTextGenerator.class.getResourceAsStream(
                "/ir/khabar/persian/lexicon/shekar/compound_words.csv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.contains(ZWNJ)) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toArray(String[]::new);
  }

  /** The seed pages of shared/corpus/seeds. */
  static String[] seedPages() throws IOException {
    Path dir = SharedData.seeds();
    try (Stream<Path> files = Files.list(dir)) {
      List<String> pages = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        pages.add(Files.readString(p));
      }
      if (pages.isEmpty()) {
        throw new IllegalStateException("no seed pages in " + dir);
      }
      return pages.toArray(String[]::new);
    }
  }
}
