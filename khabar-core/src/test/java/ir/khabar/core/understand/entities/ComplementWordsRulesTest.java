package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/** «مبنی بر», «حاکی از», «ناشی از» open a complement, never a word of a name (Fars, Hamshahri). */
class ComplementWordsRulesTest {
  @Test
  void aWordThatTakesAComplementEndsTheName() {
    assertThat(NamesOf.type("حسین عسگری مبنی بر این که تیم آماده است سخن گفت.", Entity.Type.PERSON))
        .containsExactly("حسین عسگری");
    assertThat(NamesOf.organisations("گزارش نشریه نیچر حاکی از آن است که دما بالا رفته است."))
        .containsExactly("نشریه نیچر");
  }
}
