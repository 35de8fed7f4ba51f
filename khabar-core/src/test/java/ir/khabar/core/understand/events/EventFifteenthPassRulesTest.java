package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' fifteenth pass: two tellings that share one side's person but name different people
 * of the other side are two encounters. Sentences of Hamshahri and Fars, letters and half-spaces as
 * a reader writes them; each rule beside a sentence it must leave alone.
 */
class EventFifteenthPassRulesTest {
  @Test
  void theSameMinisterWithAnotherCounterpartIsAnotherEncounter() {
    assertThat(
            countries(
                "کمال خرازی وزیر امور خارجه ایران روز شنبه در دمشق با بشار اسد رئیس جمهوری سوریه"
                    + " دیدار کرد.",
                "به گزارش واحد مرکزی خبر از دمشق خرازی و فاروق الشرع با رایزنی درباره اوضاع"
                    + " منطقه بر ضرورت همکاری تاکید کردند."))
        .containsExactly(Set.of("IR", "SY"), Set.of("IR", "SY"));
    assertThat(
            countries(
                "محمود المشهدانی رئیس مجلس ملی عراق با غلامعلی حداد عادل رئیس مجلس شورای اسلامی"
                    + " دیدار کرد.",
                "محمود مشهدانی رئیس پارلمان عراق و منوچهر متکی وزیر امور خارجه ایران روز سه شنبه"
                    + " در تهران، آخرین تحولات و راه\u200cهای تحکیم مناسبات دو کشور را مورد بحث و"
                    + " تبادل نظر قرار دادند."))
        .containsExactly(Set.of("IQ", "IR"), Set.of("IQ", "IR"));
  }

  @Test
  void aRetellingWithTheSamePeopleStaysOneEncounter() {
    assertThat(
            countries(
                "کمال خرازی وزیر امور خارجه ایران روز شنبه در دمشق با بشار اسد رئیس جمهوری سوریه"
                    + " دیدار کرد.",
                "خرازی در این دیدار با اسد درباره روابط دو کشور گفت\u200cوگو کرد."))
        .containsExactly(Set.of("IR", "SY"));
  }
}
