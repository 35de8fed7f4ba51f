package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/** A listed foreign person named in another paper's spelling (Hamshahri 1384–1385, Fars). */
class ForeignSpellingsTest {
  @Test
  void aFamilyNameSpelledWithOtherLongVowelsIsTheListedPerson() {
    assertThat(NamesOf.ids("مایک پامپئو در دیدار با همتای خود گفت.", Entity.Type.PERSON))
        .containsExactly("mike-pompeo");
    assertThat(NamesOf.ids("ایهود المرت نخست وزیر رژیم صهیونیستی گفت.", Entity.Type.PERSON))
        .containsExactly("ehud-olmert");
    assertThat(NamesOf.ids("سناتور جو بیدن در این باره گفت.", Entity.Type.PERSON))
        .containsExactly("joe-biden");
  }

  @Test
  void aFamilyNameTheWebVocabularyNeverSeesIsReadSoToo() {
    // Hamshahri development texts write «کرزای» for the listed «کرزی»; a word lists do hold
    assertThat(NamesOf.ids("حامد کرزای رئیس جمهور افغانستان گفت.", Entity.Type.PERSON))
        .containsExactly("hamid-karzai");
    // nor a common Iranian family name for «امامعلی رحمان» (Hamshahri development text)
    assertThat(NamesOf.ids("هیات مدیره، علی رحمانی را انتخاب کرد.", Entity.Type.PERSON))
        .doesNotContain("emomali-rahmon");
    // an everyday word («شریک», "partner") is not taken for a spelling of «شیراک»
    assertThat(NamesOf.ids("ژاک شریک در این باره گفت.", Entity.Type.PERSON))
        .doesNotContain("jacques-chirac");
  }

  @Test
  void aListedPersonReadByAPatternServesTheListedCountry() {
    assertThat(NamesOf.people("مایک پامپئو در این باره گفت."))
        .singleElement()
        .satisfies(p -> assertThat(p.country()).isEqualTo("US"));
  }

  @Test
  void aGivenNameInItsEnglishSpellingIsTheListedPersonsToo() {
    assertThat(NamesOf.ids("جوزپ بورل در بروکسل گفت.", Entity.Type.PERSON))
        .containsExactly("josep-borrell");
  }

  @Test
  void aGivenNameOfAnotherPersonIsNoLink() {
    assertThat(NamesOf.ids("مایکل پامپئو در این باره گفت.", Entity.Type.PERSON))
        .doesNotContain("mike-pompeo");
  }
}
