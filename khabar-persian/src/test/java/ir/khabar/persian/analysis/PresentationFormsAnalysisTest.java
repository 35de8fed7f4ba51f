package ir.khabar.persian.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Text in Arabic presentation forms (copied from PDFs and old sites; these lines are from the Fars
 * corpus) is analysed as its ordinary spelling, and the char filter's offsets still point at the
 * glyphs as written, ligatures of several letters included.
 */
public class PresentationFormsAnalysisTest extends KhabarTokenStreamTestCase {

  public void testFarsLinesInPresentationFormsGiveTheOrdinaryTerms() throws IOException {
    String[][] lines = {
      {"ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ ﺷﻬﺮﺳﺘﺎن ﻓﺮدﯾﺲ", "فرمانده انتظامی شهرستان فردیس"},
      {
        "ﻣﺎ ﻫﺮﻭﻗﺖ ﻫﻤﺪﻳﮕﺮ ﺭﺍ ﻣﻲ\u200cﺑﻴﻨﻴﻢ ﺑﺎ ﺧﻮﺷﺮﻭﻳﻲ ﻭ ﻟﺒﺨﻨﺪ",
        "ما هروقت همدیگر را می\u200cبینیم با خوشرویی و لبخند"
      },
      {"ﮔﺎﻫﻲ ﺷﻮﺧﻲ ﻫﻢ ﻣﻲ\u200cﻛﻨﻴﻢ", "گاهی شوخی هم می\u200cکنیم"},
      {
        "ﺗﻨﻪ ﺑﻪ ﺗﻨﻪ ﻫﻢ ﻣﻲ\u200cﺯﺩﻳﻢ ﻫﻤﺎﻧﺠﺎ ﮔﻼﻭﻳﺰ ﻣﻲ\u200cﺷﺪﻳﻢ",
        "تنه به تنه هم می\u200cزدیم همانجا گلاویز می\u200cشدیم"
      },
    };
    for (String[] line : lines) {
      for (Analyzer a : new Analyzer[] {index, query}) {
        List<String> ordinary = AnalysisTestSupport.terms(a, line[1]);
        assertFalse(ordinary.isEmpty());
        assertEquals(line[0], ordinary, AnalysisTestSupport.terms(a, line[0]));
      }
    }
    assertAnalyzesTo(
        index,
        "ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ ﺷﻬﺮﺳﺘﺎن ﻓﺮدﯾﺲ",
        new String[] {"فرمانده", "انتظامی", "شهرستان", "فردیس"},
        new int[] {0, 8, 16, 24},
        new int[] {7, 15, 23, 29},
        null,
        new int[] {1, 1, 1, 1},
        new int[] {1, 1, 1, 1});
  }

  public void testLamAlefLigatureOffsets() throws IOException {
    // ﻼ is one char of the input and two of the folded text: گلاویز has six letters and five
    // glyphs.
    // The half-space between letters stays through folding (the term filter takes it out).
    assertAnalyzesTo(
        folding,
        "ﮔﻼﻭﻳﺰ ﻣﻲ\u200cﺷﺪﻳﻢ",
        new String[] {"گلاویز", "می\u200cشدیم"},
        new int[] {0, 6},
        new int[] {5, 13});
    assertAnalyzesTo(
        folding,
        "ﺑﺎﻻ ﻭ ﭘﺎﻳﻴﻦ",
        new String[] {"بالا", "و", "پایین"},
        new int[] {0, 4, 6},
        new int[] {3, 5, 11});
    // Several ligatures: the shift accumulates, and a ligature can start a word.
    assertAnalyzesTo(
        folding,
        "ﻻﺯﻡ ﺍﺳﺖ ﮐﻪ ﺍﺯ ﺍﻳﻦ ﺍﺻﻮﻝ ﺑﺎﻻ ﻭ ﻓﻼﻥ ﻋﺒﻮﺭ ﮐﻨﺪ",
        new String[] {"لازم", "است", "که", "از", "این", "اصول", "بالا", "و", "فلان", "عبور", "کند"},
        new int[] {0, 4, 8, 11, 14, 18, 23, 27, 29, 33, 38},
        new int[] {3, 7, 10, 13, 17, 22, 26, 28, 32, 37, 41});
    assertAnalyzesTo(
        query,
        "ﮔﻼﻭﻳﺰ ﻣﻲ\u200cﺷﺪﻳﻢ",
        new String[] {"گلاویز", "میشدیم"},
        new int[] {0, 6},
        new int[] {5, 13},
        null,
        new int[] {1, 1},
        new int[] {1, 1});
  }

  public void testDetachedSuffixInPresentationFormsIsClosed() throws IOException {
    assertAnalyzesTo(
        index,
        "ﮐﺘﺎﺏ ﻫﺎ",
        new String[] {"کتاب"},
        new int[] {0},
        new int[] {7},
        null,
        new int[] {1},
        new int[] {1});
  }

  public void testRialSignAndIsolatedTanween() throws IOException {
    assertAnalyzesTo(
        folding,
        "۱۰۰ ﷼ هزینه",
        new String[] {"100", "ریال", "هزینه"},
        new int[] {0, 4, 6},
        new int[] {3, 5, 11});
    // ﹰ (isolated fathatan) after alef: the mark goes, and it does not cut the word.
    assertAnalyzesTo(
        folding,
        "ﻓﻮﺭﺍﹰ ﺑﺮﮔﺸﺖ",
        new String[] {"فورا", "برگشت"},
        new int[] {0, 6},
        new int[] {5, 11});
  }

  public void testPhraseLigatureKeepsItsWordsOnItsGlyph() throws IOException {
    // ﷺ is four words: each lies on the one glyph, and what follows is where it was written.
    assertAnalyzesTo(
        folding,
        "پیامبر ﷺ فرمود",
        new String[] {"پیامبر", "صلی", "الله", "علیه", "وسلم", "فرمود"},
        new int[] {0, 7, 7, 7, 7, 9},
        new int[] {6, 7, 7, 7, 8, 14});
  }

  public void testShapedSeedPagesGiveTheSeedsTerms() throws IOException {
    for (String page : PersianTextGenerator.seedPages()) {
      String shaped = PersianTextGenerator.shaped(page);
      assertTrue(
          shaped.chars().filter(c -> c >= 0xFE70 && c <= 0xFEFC).count() > page.length() / 3);
      assertEquals(
          AnalysisTestSupport.terms(index, page), AnalysisTestSupport.terms(index, shaped));
      checkAnalysisConsistency(random(), index, false, shaped);
    }
  }

  public void testRandomPresentationFormsKeepTheContract() throws IOException {
    for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
      String text = randomFormsText();
      checkAnalysisConsistency(random(), index, random().nextBoolean(), text);
      checkAnalysisConsistency(random(), query, random().nextBoolean(), text);
      checkAnalysisConsistency(random(), folding, random().nextBoolean(), text);
    }
  }

  /** Any code point of the two blocks, assigned or not, between Persian words, spaces and ZWNJ. */
  private String randomFormsText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 1 + random().nextInt(30); i < n; i++) {
      switch (random().nextInt(6)) {
        case 0 -> b.append((char) (0xFB50 + random().nextInt(0xFDFF - 0xFB50 + 1)));
        case 1 -> b.append((char) (0xFE70 + random().nextInt(0xFEFF - 0xFE70 + 1)));
        case 2 -> b.append(' ');
        case 3 -> b.append(PersianTextGenerator.ZWNJ);
        default -> b.append(PersianTextGenerator.text(random(), 1));
      }
    }
    return b.toString();
  }
}
