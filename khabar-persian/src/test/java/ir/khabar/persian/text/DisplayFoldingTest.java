package ir.khabar.persian.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayFoldingTest {
  @Test
  void controlCharactersGoLineBreaksAndTabsStay() {
    assertThat(DisplayFolding.fold("عنوانی\u000Bبا\u0001 نویسه\u007F\u0085ٔ کنترلی"))
        .isEqualTo("عنوانیبا نویسهٔ کنترلی");
    assertThat(DisplayFolding.fold("سطر یک\nسطر\tدو")).isEqualTo("سطر یک\nسطر\tدو");
  }

  @Test
  void arabicLettersAndDigitsBecomePersianButNotInsideLatinWords() {
    assertThat(DisplayFolding.fold("كشور ۱۲ و ١٢ و G20")).isEqualTo("کشور ۱۲ و ۱۲ و G20");
  }
}
