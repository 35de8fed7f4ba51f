package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * Lucene's token-stream contract, checked with lucene-test-framework on every filter, the char
 * filter and both analyzers: random text, random Persian text with ZWNJ, space and joined spellings
 * mixed, slices of the seed pages, exact tokens with offsets, increments and lengths on real
 * Persian text, and MockTokenizer's workflow checks (reset, incrementToken after false, end, close)
 * under each filter.
 */
public class TokenStreamContractTest extends KhabarTokenStreamTestCase {

  /**
   * Every filter alone over MockTokenizer: with the char filter (Persian text folded) and without.
   */
  private static Analyzer[] filtersOverMock(boolean folding) {
    Lexicon lexicon = Lexicon.get();
    GuardedStemmer stemmer = new GuardedStemmer(lexicon);
    return new Analyzer[] {
      overMock(in -> new PersianSpacingFilter(in, lexicon, true), folding),
      overMock(in -> new PersianSpacingFilter(in, lexicon, false), folding),
      overMock(in -> new QueryStopFilter(in, lexicon), folding),
      overMock(in -> new StopFilter(in, lexicon.stopwordSet()), folding),
      overMock(in -> new PersianStemFilter(in, stemmer), folding),
      overMock(in -> new PersianSpellingFilter(in, lexicon), folding),
      overMock(in -> new PersianTermFilter(in, lexicon, stemmer, true), folding),
      overMock(in -> new PersianTermFilter(in, lexicon, stemmer, false), folding),
    };
  }

  /** The char filter alone, before MockTokenizer and before StandardTokenizer. */
  private static Analyzer[] charFilterAlone() {
    return new Analyzer[] {overMock(in -> in, true), withFolding(StandardTokenizer::new, in -> in)};
  }

  // ---- Random text (Lucene's generator: any Unicode, HTML-like, long and short)

  public void testRandomTextThroughBothAnalyzers() throws IOException {
    checkRandomData(random(), index, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomLongTextThroughBothAnalyzers() throws IOException {
    checkRandomData(random(), index, 10 * RANDOM_MULTIPLIER, 4096);
    checkRandomData(random(), query, 10 * RANDOM_MULTIPLIER, 4096);
  }

  public void testRandomTextThroughEachFilterOverMockTokenizer() throws IOException {
    for (boolean folding : new boolean[] {false, true}) {
      Analyzer[] analyzers = filtersOverMock(folding);
      for (Analyzer a : analyzers) {
        checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
      }
      IOUtils.close(analyzers);
    }
  }

  public void testRandomTextThroughTheCharFilter() throws IOException {
    Analyzer[] analyzers = charFilterAlone();
    for (Analyzer a : analyzers) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    IOUtils.close(analyzers);
  }

  // ---- Random Persian text: ZWNJ, space and joined spellings mixed

  public void testRandomPersianTextThroughBothAnalyzers() throws IOException {
    for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
      String text = PersianTextGenerator.text(random(), 1 + random().nextInt(40));
      checkAnalysisConsistency(random(), index, random().nextBoolean(), text);
      checkAnalysisConsistency(random(), query, random().nextBoolean(), text);
    }
  }

  public void testRandomPersianTextThroughEachFilterOverMockTokenizer() throws IOException {
    Analyzer[] analyzers = filtersOverMock(true);
    for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
      String text = PersianTextGenerator.text(random(), 1 + random().nextInt(30));
      for (Analyzer a : analyzers) {
        checkAnalysisConsistency(random(), a, random().nextBoolean(), text);
      }
    }
    IOUtils.close(analyzers);
  }

  public void testRandomSlicesOfTheSeedPages() throws IOException {
    String[] pages = PersianTextGenerator.seedPages();
    for (String page : pages) {
      checkAnalysisConsistency(random(), index, false, page);
      checkAnalysisConsistency(random(), query, false, page);
    }
    for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
      String page = pages[random().nextInt(pages.length)];
      int start = random().nextInt(page.length());
      int end = Math.min(page.length(), start + 1 + random().nextInt(400));
      String slice = page.substring(start, end);
      checkAnalysisConsistency(random(), index, random().nextBoolean(), slice);
      checkAnalysisConsistency(random(), query, random().nextBoolean(), slice);
    }
  }

  // ---- MockTokenizer's workflow: no incrementToken after false, end and close in order

  public void testTextEndingInAVerbPrefixOverMockTokenizer() throws IOException {
    Analyzer[] analyzers = filtersOverMock(true);
    for (String text :
        new String[] {"می", "این کتاب را می", "او نمی", "آیین", "کتاب ها می", "جست و"}) {
      for (Analyzer a : analyzers) {
        checkAnalysisConsistency(random(), a, false, text);
        checkResetException(a, text);
      }
    }
    IOUtils.close(analyzers);
  }

  public void testSpacingFilterStopsAtTheEndOfItsInput() throws IOException {
    Lexicon lexicon = Lexicon.get();
    for (boolean keepParts : new boolean[] {true, false}) {
      MockTokenizer tokenizer = whitespaceMockTokenizer("کتاب را می");
      assertTokenStreamContents(
          new PersianSpacingFilter(tokenizer, lexicon, keepParts),
          new String[] {"کتاب", "را", "می"},
          new int[] {0, 5, 8},
          new int[] {4, 7, 10},
          null,
          new int[] {1, 1, 1},
          null,
          10);
    }
  }

  // ---- Exact tokens on real Persian text: offsets, position increments, position lengths

  public void testSpacedCompoundIsOnePositionAndItsPartsShareItsOffsets() throws IOException {
    assertAnalyzesTo(
        index,
        "آیین نامه جدید",
        new String[] {"اییننامه", "ایین", "نامه", "جدید"},
        new int[] {0, 0, 0, 10},
        new int[] {9, 9, 9, 14},
        null,
        new int[] {1, 0, 0, 1},
        new int[] {1, 1, 1, 1});
    assertAnalyzesTo(
        query,
        "آیین نامه جدید",
        new String[] {"اییننامه", "جدید"},
        new int[] {0, 10},
        new int[] {9, 14},
        null,
        new int[] {1, 1},
        new int[] {1, 1});
  }

  public void testCompoundInEverySpellingTakesOnePosition() throws IOException {
    for (Analyzer a : new Analyzer[] {index, query}) {
      assertAnalyzesTo(
          a,
          "آیین\u200cنامه جدید",
          new String[] {"اییننامه", "جدید"},
          new int[] {0, 10},
          new int[] {9, 14},
          null,
          new int[] {1, 1},
          new int[] {1, 1});
      assertAnalyzesTo(
          a,
          "آییننامه جدید",
          new String[] {"اییننامه", "جدید"},
          new int[] {0, 9},
          new int[] {8, 13},
          null,
          new int[] {1, 1},
          new int[] {1, 1});
    }
  }

  public void testCompoundWhoseSecondPartTakesAPluralInEverySpelling() throws IOException {
    for (String text : new String[] {"آیین نامه های جدید", "آیین نامه\u200cهای جدید"}) {
      assertAnalyzesTo(
          index,
          text,
          new String[] {"اییننامه", "ایین", "نامه", "جدید"},
          new int[] {0, 0, 0, 14},
          new int[] {13, 13, 13, 18},
          null,
          new int[] {1, 0, 0, 1},
          new int[] {1, 1, 1, 1});
      assertAnalyzesTo(
          query,
          text,
          new String[] {"اییننامه", "جدید"},
          new int[] {0, 14},
          new int[] {13, 18},
          null,
          new int[] {1, 1},
          new int[] {1, 1});
    }
  }

  public void testCompoundWithAnInnerStopword() throws IOException {
    // و is a stopword: dropped from the stack, which keeps one position.
    assertAnalyzesTo(
        index,
        "جست و جو در اخبار",
        new String[] {"جستجو", "جست", "جو", "اخبار"},
        new int[] {0, 0, 0, 12},
        new int[] {8, 8, 8, 17},
        null,
        new int[] {1, 0, 0, 2},
        new int[] {1, 1, 1, 1});
    assertAnalyzesTo(
        query,
        "جست و جو در اخبار",
        new String[] {"جستجو", "اخبار"},
        new int[] {0, 12},
        new int[] {8, 17},
        null,
        new int[] {1, 2},
        new int[] {1, 1});
    assertAnalyzesTo(
        query,
        "جست\u200cوجو",
        new String[] {"جستجو"},
        new int[] {0},
        new int[] {7},
        null,
        new int[] {1},
        new int[] {1});
  }

  public void testVerbPrefixJoinedInEverySpelling() throws IOException {
    for (Analyzer a : new Analyzer[] {index, query}) {
      assertAnalyzesTo(
          a,
          "می شود",
          new String[] {"میشود"},
          new int[] {0},
          new int[] {6},
          null,
          new int[] {1},
          new int[] {1});
      assertAnalyzesTo(
          a,
          "می\u200cشود",
          new String[] {"میشود"},
          new int[] {0},
          new int[] {6},
          null,
          new int[] {1},
          new int[] {1});
      assertAnalyzesTo(
          a,
          "گفته می شود که",
          new String[] {"گفته", "میشود"},
          new int[] {0, 5},
          new int[] {4, 11},
          null,
          new int[] {1, 1},
          new int[] {1, 1});
    }
  }

  public void testDetachedSuffixClosedByTheCharFilter() throws IOException {
    for (Analyzer a : new Analyzer[] {index, query}) {
      assertAnalyzesTo(
          a,
          "کتاب ها و مجله",
          new String[] {"کتاب", "مجله"},
          new int[] {0, 10},
          new int[] {7, 14},
          null,
          new int[] {1, 2},
          new int[] {1, 1});
      assertAnalyzesTo(
          a,
          "کتاب\u200cها",
          new String[] {"کتاب"},
          new int[] {0},
          new int[] {7},
          null,
          new int[] {1},
          new int[] {1});
    }
  }

  public void testMonthMayIsNotAVerbPrefix() throws IOException {
    // می after ماه is left alone (then dropped as a stopword, its position kept), not joined to
    // گذشته.
    for (Analyzer a : new Analyzer[] {index, query}) {
      assertAnalyzesTo(
          a,
          "ماه می گذشته",
          new String[] {"ماه", "گذشته"},
          new int[] {0, 7},
          new int[] {3, 12},
          null,
          new int[] {1, 2},
          new int[] {1, 1});
    }
  }

  public void testDeletedCharactersAreLeftOutOfOffsets() throws IOException {
    // RLM before a word, kashida and a diacritic inside one, Arabic yeh and kaf.
    String text = "\u200Fسفیر ایـران مُذاكره كرد";
    assertAnalyzesTo(
        query,
        text,
        new String[] {"سفیر", "ایران", "مذاکره", "کرد"},
        new int[] {1, 6, 13, 21},
        new int[] {5, 12, 20, 24},
        null,
        new int[] {1, 1, 1, 1},
        new int[] {1, 1, 1, 1});
  }
}
