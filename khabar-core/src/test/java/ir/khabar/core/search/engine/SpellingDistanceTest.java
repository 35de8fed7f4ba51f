package ir.khabar.core.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The weights Persian typos are measured by, and the cheap edits tried before stemming. */
class SpellingDistanceTest {

  @Test
  void lettersThatSoundAlikeAndLongVowelsAreNear() {
    assertThat(SpellingDistance.between("مزاکره", "مذاکره")).isEqualTo(0.4);
    assertThat(SpellingDistance.between("پوتن", "پوتین")).isEqualTo(0.6);
    assertThat(SpellingDistance.between("مجلس", "مجلع")).isEqualTo(1.0);
  }

  @Test
  void cheapEditsSwapAlikeLettersAndDropOrAddLongVowels() {
    assertThat(SpellingDistance.cheapEdits("مزاکرات"))
        .contains("مذاکرات", "مضاکرات", "مزکرات")
        .doesNotContain("مزاکرات", "مراکرات");
    assertThat(SpellingDistance.cheapEdits("دانشجوین")).contains("دانشجویان");
    assertThat(SpellingDistance.cheapEdits("سفیز"))
        .as("ز and ر do not sound alike: that typo is the spell checker's")
        .doesNotContain("سفیر");
  }
}
