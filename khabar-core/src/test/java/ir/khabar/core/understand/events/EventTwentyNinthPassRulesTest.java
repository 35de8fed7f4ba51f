package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The events' twenty-ninth pass (twenty-second session, third pass): agency news. Sentences of the
 * Hamshahri and Fars development texts or written for the rule, each rule beside a case it must
 * leave alone.
 */
class EventTwentyNinthPassRulesTest {
  @Test
  void anEncounterTheClauseSaysThereIsNoneOfIsNoneTold() {
    // Hamshahri development text: no earlier accord with Russia and China.
    assertThat(
            events(
                "اینگرام در ادامه افزود: هیچ قرارداد قبلی با روسیه و چین درمورد حمایت آنها وجود"
                    + " نداشته است."))
        .isEmpty();
    // Written for the rule: talks denied in the present and the perfect.
    assertThat(events("سخنگوی وزارت خارجه پاکستان گفت: مذاکرات پنهانی با هند نداریم.")).isEmpty();
    assertThat(events("وزیر خارجه گفت: ما هیچ دیداری با مقامات آمریکایی نداشته\u200cایم."))
        .isEmpty();
    assertThat(events("ظریف: با آمریکا مذاکره نداریم.")).isEmpty();
    // «عدم» or «بدون» right before the encounter's word or its signing
    assertThat(events("دولت ژاپن از عدم سفر نخست وزیر این کشور به چین خبر داد.")).isEmpty();
    assertThat(events("نخست وزیر ژاپن بر عدم امضای توافقنامه با چین تاکید کرد.")).isEmpty();
    assertThat(events("وزیر خارجه ژاپن بدون دیدار با مقامات چین پکن را ترک کرد.")).isEmpty();
    // any talks, or possible ones, are none held (Hamshahri and Fars development texts)
    assertThat(
            events(
                "سخنگوی دولت اسرائیل با رد هر گونه گفت\u200cوگو با عرفات گفت: او مخاطب ما نیست."))
        .isEmpty();
    assertThat(
            events(
                "مسئولان رژیم صهیونیستی به تبعات مذاکره احتمالی اوباما با جمهوری اسلامی ایران"
                    + " هشدار دادند."))
        .isEmpty();
    assertThat(events("دولت ژاپن از سفر نخست وزیر این کشور به چین خبر داد.")).hasSize(1);
    // A denial in a later clause leaves the meeting told before it.
    assertThat(events("ظریف روز گذشته با لاوروف دیدار کرد و گفت: با آمریکا مشکلی نداریم."))
        .singleElement()
        .satisfies(e -> assertThat(e.actors()).extracting(a -> a.name()).contains("سرگئی لاوروف"));
  }
}
