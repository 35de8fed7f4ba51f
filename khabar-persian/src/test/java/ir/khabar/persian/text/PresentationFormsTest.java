package ir.khabar.persian.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import ir.khabar.persian.PersianText;
import org.junit.jupiter.api.Test;

/** Arabic presentation forms read as ordinary letters, for search and for display (issue 22). */
class PresentationFormsTest {
  /** A line of the Fars corpus, copied from a PDF: presentation forms, a few ordinary letters. */
  private static final String FARS = "ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ ﺷﻬﺮﺳﺘﺎن ﻓﺮدﯾﺲ";

  private static final String ZWNJ = "\u200c";

  @Test
  void searchFoldingReadsPresentationFormsAsLetters() {
    assertThat(SearchFolding.fold("ﺷﻬﺮﺳﺘﺎن")).isEqualTo("شهرستان");
    assertThat(SearchFolding.fold(FARS)).isEqualTo("فرمانده انتظامی شهرستان فردیس");
    assertThat(SearchFolding.fold("ﮔﻼﻭﻳﺰ ﻣﻲ" + ZWNJ + "ﺷﺪﻳﻢ")).isEqualTo("گلاویز میشدیم");
    assertThat(SearchFolding.fold("ﻻ")).isEqualTo("لا");
    assertThat(SearchFolding.fold("۱۰۰ ﷼")).isEqualTo("100 ریال");
    assertThat(SearchFolding.fold("ﻓﻮﺭﺍﹰ")).isEqualTo("فورا");
  }

  @Test
  void oneCharacterAtATimeForFormsOfOneLetter() {
    assertThat(SearchFolding.fold('ﺷ')).isEqualTo('ش');
    assertThat(SearchFolding.fold('ﯾ')).isEqualTo('ی');
    assertThat(SearchFolding.fold('ﻱ')).isEqualTo('ی');
    assertThat(SearchFolding.fold('ﮐ')).isEqualTo('ک');
    assertThat(SearchFolding.fold('ﺓ')).isEqualTo('ه');
    assertThat(SearchFolding.fold('ﹰ')).isEqualTo(SearchFolding.DELETE);
    assertThat(SearchFolding.fold('ﻻ')).isEqualTo('ﻻ');
    assertThat(SearchFolding.ligature('ﻻ')).isEqualTo("لا");
    assertThat(SearchFolding.ligature('ﺷ')).isNull();
    assertThat(SearchFolding.fold('\uFEFF')).isEqualTo(SearchFolding.DELETE);
    assertThat(SearchFolding.fold('\uFFFD')).isEqualTo('\uFFFD');
    assertThat(SearchFolding.ligature('\uFFFD')).isNull();
  }

  /**
   * Every code point of both blocks folds as ICU's NFKC of it does: the table is ICU's, not ours.
   */
  @Test
  void everyFormFoldsAsItsNfkcForm() {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    int changed = 0;
    for (char c = '\uFB50'; c <= '\uFEFF'; c++) {
      if (c == '\uFE00') {
        c = '\uFE70'; // the blocks between (variation selectors, CJK and small forms) are not ours
      }
      String one = String.valueOf(c);
      String n = nfkc.normalize(one);
      String expected =
          SearchFolding.fold(
              n.length() > 1 && n.charAt(0) == ' ' && !Character.isLetter(n.charAt(1))
                  ? n.substring(1)
                  : n);
      if (c == '\uFEFF') {
        expected = ""; // the byte order mark is removed as before
      }
      assertThat(SearchFolding.fold(one)).as("U+%04X", (int) c).isEqualTo(expected);
      assertThat(SearchFolding.fold(SearchFolding.fold(one)))
          .as("U+%04X twice", (int) c)
          .isEqualTo(expected);
      changed += n.equals(one) ? 0 : 1;
      char single = SearchFolding.fold(c);
      if (SearchFolding.ligature(c) == null) {
        assertThat(single == SearchFolding.DELETE ? "" : String.valueOf(single))
            .as("U+%04X", (int) c)
            .isEqualTo(expected);
      } else {
        assertThat(SearchFolding.ligature(c)).isEqualTo(expected);
      }
    }
    assertThat(changed).isGreaterThan(700);
  }

  @Test
  void onlyThePresentationFormBlocksAreNormalized() {
    // NFKC would change these; Khabar keeps them: outside the blocks, only its own folding applies.
    for (String kept : new String[] {"½", "m²", "ﬁ", "Ａ", "…", "™"}) {
      assertThat(Normalizer2.getNFKCInstance().normalize(kept)).isNotEqualTo(kept);
      assertThat(PresentationForms.toLetters(kept)).isEqualTo(kept);
      assertThat(DisplayFolding.fold(kept)).isEqualTo(kept);
    }
    assertThat(DisplayFolding.fold("کتاب" + ZWNJ + "ها ۱۴۰۴")).isEqualTo("کتاب" + ZWNJ + "ها ۱۴۰۴");
  }

  @Test
  void displayShowsOrdinaryLetters() {
    assertThat(DisplayFolding.fold(FARS)).isEqualTo("فرمانده انتظامی شهرستان فردیس");
    assertThat(DisplayFolding.fold("ﻣﺎ ﻫﺮﻭﻗﺖ ﻫﻤﺪﻳﮕﺮ ﺭﺍ ﻣﻲ" + ZWNJ + "ﺑﻴﻨﻴﻢ"))
        .isEqualTo("ما هروقت همدیگر را می" + ZWNJ + "بینیم");
    assertThat(DisplayFolding.fold("ﮔﻼﻭﻳﺰ")).isEqualTo("گلاویز");
    // The isolated tanween joins the alef before it, and no space cuts the word.
    assertThat(DisplayFolding.fold("ﻓﻮﺭﺍﹰ")).isEqualTo("فوراً");
    assertThat(DisplayFolding.fold("ﺗﺄﺛﻴﺮ")).isEqualTo("تأثیر");
    assertThat(PersianText.get().forDisplay(FARS)).isEqualTo("فرمانده انتظامی شهرستان فردیس");
  }

  @Test
  void normalizeForSearchPrintsTheOrdinarySpelling() {
    // What `khabar normalize --search` prints.
    assertThat(PersianText.get().forSearch("ﺷﻬﺮﺳﺘﺎن")).isEqualTo("شهرستان");
    assertThat(PersianText.get().forSearch(FARS))
        .isEqualTo(PersianText.get().forSearch("فرمانده انتظامی شهرستان فردیس"));
  }
}
