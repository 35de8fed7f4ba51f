package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' thirtieth pass (twenty-seventh session): encounters read in the Hamshahri development
 * texts and the Fars corpus. Sentences written for each rule after those texts, each beside a case
 * it must leave alone.
 */
class EventThirtiethPassRulesTest {
  @Test
  void aSessionSaidToBeItsHoldersOwnHasNoOtherSide() {
    // the Secretary-General asks a council to act in its own session: no encounter of the two
    assertThat(
            events(
                "کوفی عنان از شورای حقوق بشر سازمان ملل خواست در اجلاس جاری خود در ژنو بحران"
                    + " دارفور را بررسی کند."))
        .isEmpty();
    // so it does not lend its place to a meeting told next
    assertThat(
            events(
                "کوفی عنان از شورای حقوق بشر سازمان ملل خواست در اجلاس جاری خود در ژنو بحران"
                    + " دارفور را بررسی کند.",
                "ژاک شیراک رئیس جمهور فرانسه نیز در دیدار با کوفی عنان درباره دارفور ابراز"
                    + " نگرانی کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isNull());
    // with the other side in its clause it is their session
    assertThat(countries("ظریف در نشست خود با لاوروف در مسکو درباره سوریه گفتگو کرد."))
        .containsExactly(Set.of("IR", "RU"));
  }

  @Test
  void aRumouredEncounterIsNoneTold() {
    // Fars corpus: a rumour asked about and denied
    assertThat(
            events(
                "وی در پاسخ به سوال خبرنگار دیگری درباره شایعه دیدار لاریجانی با سارکوزی در مصر"
                    + " گفت: نه چنین اتفاقی نیفتاده است."))
        .isEmpty();
    assertThat(countries("لاریجانی در قاهره با سارکوزی دیدار کرد."))
        .containsExactly(Set.of("IR", "FR"));
  }

  @Test
  void anAttemptAScholarsDialogueOrAFootballersContractIsNoEncounter() {
    // Hamshahri development texts
    assertThat(
            events(
                "پدر فوتبالیست ۱۲ ساله آرژانتینی گفت: مسوولان باشگاه اسپانیایی در تلاش برای امضای"
                    + " قرارداد با فرزند وی هستند و اسپانیا از آرژانتین حمایت می\u200cکند."))
        .isEmpty();
    assertThat(
            events(
                "گفت وگوی علمی حقوق بشر و روابط ایران و اروپا در دفتر همایش\u200cهای پژوهشکده"
                    + " برگزار شد."))
        .isEmpty();
    assertThat(events("مقامات ژاپن در تلاش برای دیدار با مقامات چین هستند.")).isEmpty();
    assertThat(countries("گفت وگوی ظریف با لاوروف در مسکو برگزار شد."))
        .containsExactly(Set.of("IR", "RU"));
    assertThat(countries("گفت\u200cوگوی ظریف با لاوروف در مسکو برگزار شد."))
        .containsExactly(Set.of("IR", "RU"));
  }

  @Test
  void thePalestinianAuthorityIsPalestinesSide() {
    assertThat(countries("رئیس تشکیلات خودگردان با نخست وزیر اسرائیل دیدار کرد."))
        .containsExactly(Set.of("PS", "IL"));
  }

  @Test
  void aSharedFamilyNameBringsItsBearersCountryToTheEncounter() {
    // Hamshahri development text: Rice is named by her family name alone
    assertThat(
            countries(
                "به گزارش خبرگزاری فرانسه، در سفر رایس به مسکو و در گفت وگوهایش با پوتین وضعیت"
                    + " عراق محور اصلی بود."))
        .containsExactly(Set.of("US", "RU"));
  }
}
