package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Words of encounter that tell none, each rule on Persian sentences written for it (none from a
 * corpus): talks only described by a copula, an encounter a question asks about, talks told inside
 * a meeting told before, an invitation or a request for one («دعوت از ظریف برای سفر»); and «در
 * چارچوب», which is within a trip, not a frame for one.
 */
class EventSenseRulesTest {
  @Test
  void talksDescribedByACopulaAreNone() {
    assertThat(countries("مذاکرات هسته\u200cای برای ایران و اروپا مورد توجه و دارای منفعت است."))
        .isEmpty();
  }

  @Test
  void anEncounterAQuestionAsksAboutIsNone() {
    assertThat(
            countries(
                "معاون وزیر خارجه ژاپن در پاسخ به سئوالی که از رایزنی\u200cهای آمریکا با چین"
                    + " حاکی است گفت: خبری ندارم."))
        .isEmpty();
    assertThat(
            countries(
                "وزیر خارجه ژاپن در پاسخ به سئوال خبرنگاران پس از دیدار با همتای چینی خود گفت:"
                    + " روابط دو کشور خوب است."))
        .containsExactly(Set.of("JP", "CN"));
  }

  @Test
  void talksInAMeetingToldBeforeAreThatMeeting() {
    assertThat(
            countries(
                "علی لاریجانی دبیر شورای عالی امنیت ملی دیروز با نیشیدا معاون وزیر امور خارجه"
                    + " ژاپن دیدار کرد.",
                "نیشیدا گفت: روابط ایران و ژاپن خوب است. هم چنین در این دیدار در موضوعاتی که"
                    + " بیان کردم با آقای لاریجانی گفتگوهایی صورت گرفت.",
                "وی افزود: آمریکا باید به تعهدات خود عمل کند."))
        .containsExactly(Set.of("IR", "JP"));
  }

  @Test
  void theVerbNeshastIsNoMeeting() {
    // «فرو نشست»: subsided; «نشست» ending its clause: sat
    assertThat(countries("خشم مردم ایران پس از سخنان رئیس جمهور روسیه فرو نشست.")).isEmpty();
    assertThat(countries("هواپیمای حامل وزیر خارجه ایران در فرودگاه مسکو بر زمین نشست.")).isEmpty();
    // the meeting named with a verb after it, and talks sat down to, stay
    assertThat(countries("نشست وزیران خارجه ایران و روسیه در مسکو برگزار شد."))
        .containsExactly(Set.of("IR", "RU"));
    assertThat(events("ظریف در مسکو با لاوروف به گفتگو نشست."))
        .extracting(e -> e.type().label())
        .containsExactly("talks");
  }

  @Test
  void anInvitationForATripIsNoTrip() {
    assertThat(countries("دعوت وزیر خارجه برزیل از ظریف برای سفر به برازیلیا")).isEmpty();
    assertThat(countries("درخواست از ایران برای مذاکره با آمریکا")).isEmpty();
    // An encounter joined to the invited one by «و» is invited too.
    assertThat(
            countries(
                "الجزیره از دعوت پادشاه اردن از هنیه برای سفر به اردن و گفت و گو با محمود عباس"
                    + " خبر داد."))
        .isEmpty();
    assertThat(countries("ظریف به دعوت همتای برزیلی خود دیروز به برازیلیا سفر کرد."))
        .containsExactly(Set.of("IR", "BR"));
  }

  @Test
  void theConditionsOfTalksOrAReturnToThemAreNoTalks() {
    assertThat(
            countries(
                "این امر شرایط مذاکره با پیونگ\u200cیانگ را متفاوت\u200cتر از شرایط مذاکره با تهران"
                    + " می\u200cسازد."))
        .isEmpty();
    assertThat(countries("وزیر خارجه آذربایجان خواستار بازگشت به مذاکره با ارمنستان شد."))
        .isEmpty();
  }
}
