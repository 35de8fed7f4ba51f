package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' eighteenth pass (fifteenth session), from the tune halves and the fresh hamshahri7
 * tune half: sentences of Hamshahri development files, letters and half-spaces as a reader writes
 * them; each rule beside a sentence it must leave alone.
 */
class EventEighteenthPassRulesTest {
  @Test
  void twoOfficialsOfOneCountryMeetingAreNoEncounter() {
    assertThat(
            countries(
                "اما در اوایل شهریور ماه ۱۳۸۱ بود که وزارت امور خارجه مجددا فعال شد، کمال خرازی"
                    + " شخصا به دیدار مهدی کروبی آمد، تا راهی برای بررسی لایحه در مجلس پیدا"
                    + " کنند."))
        .isEmpty();
    assertThat(
            countries(
                "فاطمه حقیقت جو گفت که پس از دیدارش با غلامعلی حداد عادل رئیس فراکسیون اقلیت"
                    + " مجلس و علی اکبر ناطق نوری به این نتیجه رسیده که مخالفین لایحه اجازه طرح"
                    + " آن را در مجلس نخواهند داد."))
        .isEmpty();
    assertThat(
            countries(
                "رئیس فراکسیون اکثریت مجلس ملی فرانسه دیروز با دبیر شورای\u200cعالی امنیت ملی،"
                    + "دیدار و گفت\u200cوگو کرد."))
        .containsExactly(Set.of("FR", "IR"));
  }
}
