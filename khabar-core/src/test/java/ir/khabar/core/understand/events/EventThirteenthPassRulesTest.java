package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' thirteenth pass: general mechanisms against the causes counted on the tune halves.
 * Sentences written as Hamshahri and Fars write them; each rule beside a sentence it must leave
 * alone.
 */
class EventThirteenthPassRulesTest {
  @Test
  void aBareOfficeOpeningTheSentenceIsIrans() {
    assertThat(countries("وزیر امور خارجه دیروز با همتای ترکیه\u200cای خود دیدار کرد."))
        .containsExactly(Set.of("IR", "TR"));
    assertThat(countries("وزیر کشور روز چهارشنبه با سفیر ژاپن در تهران دیدار و گفت\u200cوگو کرد."))
        .containsExactly(Set.of("IR", "JP"));
  }

  @Test
  void anOfficeNamedWithAnotherStateIsThatStates() {
    assertThat(
            countries(
                "کالین پاول وزیر امور خارجه آمریکا به پکن رفت.",
                "وزیر امور خارجه دیروز با همتای ژاپنی خود دیدار کرد."))
        .noneMatch(c -> c.contains("IR"));
  }

  @Test
  void theCountryAPlaceLiesInIsNoParty() {
    assertThat(countries("ظریف در ژنو سوئیس با جیمز دابینز فرستاده آمریکا دیدار کرد."))
        .containsExactly(Set.of("IR", "US"));
    assertThat(countries("ظریف در پکن با وزیر امور خارجه چین دیدار کرد."))
        .containsExactly(Set.of("IR", "CN"));
  }

  @Test
  void aListOfCounterpartsWithNoSideThatMetThemIsNoEncounterAmongThem() {
    // «جمیل الحسینی» is no known person: the side that talked to the three is unread
    assertThat(
            countries(
                "جمیل الحسینی بعد از یک هفته تلاش\u200cهای دیپلماتیک که شامل گفتگو با جورج بوش، ژاک"
                    + " شیراک و تونی بلر هم بود، می\u200cگوید، این ابتکار عمل می\u200cتواند گنجانده شود."))
        .isEmpty();
    // Saud al-Faisal, now in the lists, is read even glued: the three met him, not each other
    assertThat(
            countries(
                "سعودالفیصل بعد از یک هفته تلاش\u200cهای دیپلماتیک که شامل گفتگو با جورج بوش، ژاک"
                    + " شیراک و تونی بلر هم بود، می\u200cگوید، این ابتکار عمل می\u200cتواند گنجانده شود."))
        .containsExactlyInAnyOrder(Set.of("SA", "US"), Set.of("SA", "FR"), Set.of("SA", "GB"));
    assertThat(
            countries(
                "سعود الفیصل وزیر خارجه عربستان در سفر به اروپا با جورج بوش، ژاک شیراک و تونی بلر"
                    + " گفتگو کرد."))
        .containsExactlyInAnyOrder(Set.of("SA", "US"), Set.of("SA", "FR"), Set.of("SA", "GB"));
  }

  @Test
  void talksAsAMethodAreNoEncounter() {
    assertThat(
            countries(
                "هنیه در واکنش به اظهارات محمود عباس مبنی بر انتخاب شیوه مذاکرات برای حل بحران"
                    + " بین فلسطین و اسرائیل تأکید کرد: دولت آینده فلسطین پایبند است."))
        .isEmpty();
    assertThat(countries("محمود عباس دیروز در رام الله با نماینده آمریکا مذاکره کرد."))
        .containsExactly(Set.of("PS", "US"));
  }

  @Test
  void aJointPressConferenceTellsAMeeting() {
    assertThat(countries("پوتین و بوش در کنفرانس مطبوعاتی مشترکی در کاخ سفید شرکت کردند."))
        .containsExactly(Set.of("RU", "US"));
    assertThat(
            countries(
                "بلر روز چهارشنبه در کنفرانس مطبوعاتی مشترک با پوتین در لندن گفت: عراق امن است."))
        .containsExactly(Set.of("GB", "RU"));
    assertThat(countries("وزیر امور خارجه آلمان در کنفرانس مطبوعاتی گفت: ایران باید تضمین بدهد."))
        .isEmpty();
  }
}
