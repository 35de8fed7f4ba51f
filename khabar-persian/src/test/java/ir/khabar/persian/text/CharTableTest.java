package ir.khabar.persian.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharTableTest {
  @Test
  void answersAsTheTestForEveryChar() {
    CharTable marks = CharTable.of(c -> Character.getType(c) == Character.NON_SPACING_MARK);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(marks.has((char) c))
          .as("U+%04X", c)
          .isEqualTo(Character.getType((char) c) == Character.NON_SPACING_MARK);
    }
  }

  @Test
  void persianLettersAreLettersAndTheHalfSpaceAndDigitsAreNot() {
    CharTable letters = CharTable.of(Character::isLetter);
    assertThat("گفت\u200cوگو".chars().filter(c -> letters.has((char) c)).count()).isEqualTo(6);
    assertThat(letters.has('\u200C')).isFalse();
    assertThat(letters.has('۱')).isFalse();
    assertThat(letters.has('\uFFFF')).isFalse();
    assertThat(letters.has('ژ')).isTrue();
  }
}
