package ir.khabar.core.understand;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.text.SearchFolding;
import org.junit.jupiter.api.Test;

class SpelledNumbersTest {
  private static boolean is(String word) {
    return SpelledNumbers.is(SearchFolding.fold(word));
  }

  @Test
  void oneWordOrSeveralJoinedByAndAreNumbers() {
    assertThat(is("دو")).isTrue();
    assertThat(is("میلیون")).isTrue();
    assertThat(is("هفتادوچهار")).isTrue();
  }

  @Test
  void wordsThatOnlyHoldANumberAreNot() {
    assertThat(is("دوست")).isFalse();
    assertThat(is("ودو")).isFalse();
    assertThat(is("سیب")).isFalse();
  }

  @Test
  void aStemEndingInANumberIsAnOrdinalsStem() {
    assertThat(SpelledNumbers.endsWithOne(SearchFolding.fold("بیست و هشت"))).isTrue();
    assertThat(SpelledNumbers.endsWithOne(SearchFolding.fold("صدوده"))).isTrue();
    assertThat(SpelledNumbers.endsWithOne(SearchFolding.fold("نخست"))).isFalse();
  }
}
