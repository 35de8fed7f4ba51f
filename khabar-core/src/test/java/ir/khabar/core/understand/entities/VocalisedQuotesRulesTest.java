package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A quotation in vocalised Arabic (the Quran, a hadith) is no one's name (issue 17): Fars's
 * religious pages quote verses, which read as unknown words after a given name («عَلَی»). A name's
 * shadda alone («سیّد», «اللّه») is no quotation. Sentences written for this test.
 */
class VocalisedQuotesRulesTest {
  @Test
  void aVerseQuotedIsNoName() {
    assertThat(
            NamesOf.people("در این آیه آمده است: «فَاعْتَرَفْنَا بِذُنُوبِنَا» و این اعتراف است."))
        .isEmpty();
    assertThat(NamesOf.people("امام فرمود: «عَلَی طُولِ اللَّدْمِ» و سپس سکوت کرد.")).isEmpty();
  }

  @Test
  void aNamesShaddaAloneIsStillAName() {
    assertThat(NamesOf.people("سیّد حسن نصرالله دبیرکل حزب الله گفت که مقاومت ادامه دارد."))
        .extracting(Span::text)
        .contains("سیّد حسن نصرالله");
  }
}
