package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eighth entities pass (issue 17): a member of a foreign house named in quotes is a lawmaker of
 * the house's country. Sentences of the kind read in Hamshahri's development files.
 */
class EighthPassRulesTest {
  private static List<Span> people(String text) {
    return NamesOf.people(text);
  }

  @Test
  void aMemberOfTheSenateIsALawmakerOfHisCountry() {
    List<Span> found =
        people(
            "یک هیات آمریکایی به ریاست \"آرلن اسپکتر\" عضو مجلس سنای آمریکا روز یکشنبه در دمشق"
                + " با\" بشار اسد\" رئیس جمهوری سوریه دیدار کرد. شارون در دیدار بااسپکتر گفت.");
    assertThat(found).extracting(Span::text).contains("آرلن اسپکتر", "اسپکتر");
    assertThat(found)
        .filteredOn(p -> p.text().equals("آرلن اسپکتر"))
        .extracting(Span::country)
        .containsExactly("US");
  }

  @Test
  void aQuotedCommonWordBeforeARoleIsNoName() {
    assertThat(people("او از « عملگرایی » پادشاه سعودی و حکومت آن کشور تمجید کرد.")).isEmpty();
    assertThat(people("او از « سلمان » پادشاه سعودی تمجید کرد."))
        .extracting(Span::text)
        .containsExactly("سلمان");
  }

  @Test
  void whenSoAndSoAndBusyAreNoNames() {
    assertThat(people("مهندس سعیدی هنگامی که طاق\u200cها را نشان می\u200cداد گفت."))
        .extracting(Span::text)
        .containsExactly("سعیدی");
    assertThat(people("ممکن است یکی بگوید آقای فلانی ستون نویس آنهاست.")).isEmpty();
    assertThat(people("در بدو ورود بیماران، دکتر مشغول مکالمه\u200cای تلفنی می\u200cشود."))
        .isEmpty();
  }
}
