package ir.khabar.persian.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicJoiningTest {
  @Test
  void persianLettersThatJoinTheNextAreTheDualJoiningOnes() {
    for (char c : "بپتثجچحخسشصضطظعغفقکگلمنهیئكي".toCharArray()) {
      assertThat(ArabicJoining.joinsNext(c)).as("%s joins the next", c).isTrue();
    }
    for (char c : "اآأإٱدذرزژوؤةۀء".toCharArray()) {
      assertThat(ArabicJoining.joinsNext(c)).as("%s does not join the next", c).isFalse();
    }
  }

  @Test
  void onlyArabicScriptLettersAreLetters() {
    assertThat(ArabicJoining.isLetter('ک')).isTrue();
    assertThat(ArabicJoining.isLetter('\u0640')).as("kashida").isFalse();
    assertThat(ArabicJoining.isLetter('۱')).isFalse();
    assertThat(ArabicJoining.isLetter('a')).isFalse();
    assertThat(ArabicJoining.joinsNext('a')).isFalse();
  }
}
