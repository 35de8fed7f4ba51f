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

  @Test
  void aKashidaStretchingAWordGoesOneTypedAsADashStays() {
    assertThat(DisplayFolding.fold("ایـــران")).isEqualTo("ایران");
    assertThat(DisplayFolding.fold("تهران ـ خبرنگار همشهری")).isEqualTo("تهران ـ خبرنگار همشهری");
    assertThat(DisplayFolding.fold("سه سال(96ـ94)صخره")).isEqualTo("سه سال(۹۶ـ۹۴)صخره");
    assertThat(DisplayFolding.fold("3ـ به میزان")).isEqualTo("۳ـ به میزان");
    assertThat(DisplayFolding.fold("ـ یکی از راه\u200cها")).isEqualTo("ـ یکی از راه\u200cها");
  }

  @Test
  void aBidiMarkBetweenTwoPersianLettersIsTheHalfSpaceItWasTypedFor() {
    assertThat(DisplayFolding.fold("سال\u200Eجاری")).isEqualTo("سال\u200cجاری");
    assertThat(DisplayFolding.fold("رخت\u200Fسفر")).isEqualTo("رخت\u200cسفر");
    assertThat(DisplayFolding.fold("عده\u200Eای")).isEqualTo("عده\u200cای");
    assertThat(DisplayFolding.fold("\u200Fسفیر ایران")).isEqualTo("سفیر ایران");
    assertThat(DisplayFolding.fold("ایران\u200F 2025")).isEqualTo("ایران ۲۰۲۵");
    assertThat(DisplayFolding.fold("G20\u200Eدر")).isEqualTo("G20در");
  }

  /** Seen in Fars news: a half-space typed before a word's final «ه», which no suffix is. */
  @Test
  void aHalfSpaceCuttingOffAFinalHehAloneGoes() {
    assertThat(DisplayFolding.fold("پروژ\u200cه\u200cهای عمرانی"))
        .isEqualTo("پروژه\u200cهای عمرانی");
    assertThat(DisplayFolding.fold("خبر داد\u200cه\u200cاند.")).isEqualTo("خبر داده\u200cاند.");
    assertThat(DisplayFolding.fold("حوزه ریاست دور\u200cه\u200cای"))
        .isEqualTo("حوزه ریاست دوره\u200cای");
    assertThat(DisplayFolding.fold("روبا\u200c\u200cه\u200cها")).isEqualTo("روباه\u200cها");
    assertThat(DisplayFolding.fold("برای نجا\u200cة")).isEqualTo("برای نجاة");
    // a suffix that begins with «ه» keeps its half-space
    assertThat(DisplayFolding.fold("پروژه\u200cها و خانه\u200cهایی"))
        .isEqualTo("پروژه\u200cها و خانه\u200cهایی");
  }
}
