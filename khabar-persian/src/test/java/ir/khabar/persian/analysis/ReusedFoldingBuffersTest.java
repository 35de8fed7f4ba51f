package ir.khabar.persian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An analyzer folds each text in the arrays its components keep ({@link FoldingBuffers}): a text
 * after a longer one, a shorter one, one with presentation forms or deleted marks, and one longer
 * than the arrays kept, give the same tokens, increments, offsets and types as each text through an
 * analyzer of its own.
 */
class ReusedFoldingBuffersTest {
  private static final String ZWNJ = "\u200c";

  @Test
  void eachTextGivesWhatAFreshAnalyzerGives() {
    String sentence =
        "کتاب ها و می شود، مُسئول " + "بزرگ" + ZWNJ + "ترین ﻻ ﺷﻬﺮﺳﺘﺎن آیین نامه جدید. ";
    List<String> texts = new ArrayList<>();
    texts.add(sentence.repeat(400)); // longer than the first arrays
    texts.add("ایران");
    texts.add(sentence);
    texts.add("");
    texts.add("THE Quick ١٢٣ ۴۵۶ رئيس\u200cجمهور كشور");
    texts.add(sentence.repeat(FoldingBuffers.KEPT / sentence.length() + 2)); // not kept after
    texts.add("ماه می " + sentence);
    texts.add(sentence.repeat(3));

    KhabarAnalyzer reused = KhabarAnalyzer.forIndex();
    for (String text : texts) {
      String once = new TokenDigest().add(KhabarAnalyzer.forIndex(), text).hex();
      assertThat(new TokenDigest().add(reused, text).hex())
          .as(text.length() + " chars")
          .isEqualTo(once);
    }
  }
}
