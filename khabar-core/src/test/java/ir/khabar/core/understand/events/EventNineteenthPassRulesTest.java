package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' nineteenth pass (sixteenth session), from Khabar's output on Hamshahri development
 * files outside every gold and the tune halves: sentences of those files, letters and half-spaces
 * as a reader writes them; each rule beside a sentence it must leave alone.
 */
class EventNineteenthPassRulesTest {
  @Test
  void anInterviewsTitleIsNoTalks() {
    assertThat(
            countries(
                "گفت\u200cوگو با وزیر امور خارجه فنلاند ما می\u200cدانیم که در روند جاری اصلاحات"
                    + " سیاسی در ایران برخی مسائل و مواد قانونی همچنان نیمه تمام و باز باقی مانده"
                    + " است و ما از نزدیک نظاره گر هستیم مسئله حقوق بشرو وضعیت کنونی ایران از"
                    + " نزدیک مورد توجه و بررسی اتحادیه اروپا است."))
        .isEmpty();
    assertThat(countries("گفت وگوی همشهری با مدیران ایرانی آزاد شده از زندان\u200cهای عراق"))
        .isEmpty();
    assertThat(
            countries(
                "رجب طیب اردوغان نخست وزیر ترکیه جمعه شب در گفت وگویی تلفنی با دکتر محمدرضا"
                    + " عارف معاون اول رئیس جمهور، ضمن اعلام تسلیت دولت و ملت ترکیه به دولت و"
                    + " مردم ایران به مناسبت زلزله، آمادگی کشورش را برای کمک اعلام کرد."))
        .containsExactly(Set.of("IR", "TR"));
  }
}
