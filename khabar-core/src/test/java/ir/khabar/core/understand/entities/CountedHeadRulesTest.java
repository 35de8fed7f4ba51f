package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A head word counted by a number is a common noun unless a name follows (Hamshahri dev). */
class CountedHeadRulesTest {
  @Test
  void aCountedHeadBeforeCommonWordsIsNoOrganisation() {
    assertThat(
            NamesOf.organisations("سهام سه شرکت بزرگ خودروسازی یعنی سایپا و ایران خودرو عرضه شد."))
        .containsExactly("سایپا", "ایران خودرو");
    assertThat(NamesOf.organisations("در دقایق پایانی هر دو تیم بازی بسیار جذابی را نشان دادند."))
        .isEmpty();
  }

  @Test
  void aCountedHeadBeforeANameOrANumberedNounKeepsTheName() {
    assertThat(NamesOf.organisations("سهام دو شرکت سرمایه گذاری البرز افزایش یافت."))
        .containsExactly("شرکت سرمایه گذاری البرز");
    assertThat(NamesOf.organisations("متهم در شعبه ۷۱ دادگاه کیفری استان محاکمه شد."))
        .containsExactly("دادگاه کیفری استان");
  }
}
