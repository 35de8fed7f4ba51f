package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/** A listed foreign person named in another paper's spelling (Hamshahri 1384–1385, Fars). */
class ForeignSpellingsTest {
  private static Object[] people(String text) {
    return EntityRecognizer.get().names(text).stream()
        .filter(m -> m.type() == Entity.Type.PERSON)
        .map(Span::id)
        .toArray();
  }

  @Test
  void aFamilyNameSpelledWithOtherLongVowelsIsTheListedPerson() {
    assertThat(people("مایک پامپئو در دیدار با همتای خود گفت.")).containsExactly("mike-pompeo");
    assertThat(people("ایهود المرت نخست وزیر رژیم صهیونیستی گفت.")).containsExactly("ehud-olmert");
    assertThat(people("سناتور جو بیدن در این باره گفت.")).containsExactly("joe-biden");
  }

  @Test
  void aGivenNameOfAnotherPersonIsNoLink() {
    assertThat(people("مایکل پامپئو در این باره گفت.")).doesNotContain("mike-pompeo");
  }
}
