package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clause rules, each on Persian sentences: a reporting word counts only as the predicate of a
 * clause that tells an encounter that happened; the actors come from that clause; an encounter
 * needs two parties (countries or international organisations).
 */
class EventClauseRulesTest {
  @Test
  void negotiationAsATopicHopeOrCallIsNoEncounter() {
    assertThat(events("دولت ایران خواستار گفتگو با عربستان شد.")).isEmpty();
    assertThat(events("بودجه تنها به امید مذاکره با آمریکا بسته شده است.")).isEmpty();
    assertThat(events("ما همچنان به مذاکره با اروپا پایبندیم.")).isEmpty();
    assertThat(events("استقبال گرم مردم از نمایشگاه کتاب در روسیه ادامه دارد.")).isEmpty();
  }

  @Test
  void theClauseVerbSaysWhetherItHappened() {
    assertThat(
            events(
                "وزیر خارجه ایران از سفر نماینده ویژه رئیس جمهوری به پاکستان در روزهای آتی خبر داد."))
        .isEmpty();
    assertThat(events("او از بوش می\u200cخواهد از سرگیری مذاکرات میان اسرائیل و مصر را جدی بگیرد."))
        .isEmpty();
    assertThat(
            events("اگر مذاکرات ایران و اتحادیه اروپا به بن بست رسید، موضوع به آژانس می\u200cرود."))
        .isEmpty();
    // A meeting told in a relative clause happened, whatever the main verb says.
    List<Event> past = events("ظریف که دیروز با لاوروف دیدار کرد، فردا به پکن خواهد رفت.");
    assertThat(past).hasSize(1);
    assertThat(actorIds(past.get(0))).contains("country-ir", "country-ru");
  }

  @Test
  void anEncounterNeedsTwoParties() {
    assertThat(events("طالبانی در دیدار با اعضای سازمان بدر از آنان قدردانی کرد.")).isEmpty();
    assertThat(events("این مسافر با پرواز خطوط هوایی سنگاپور عازم نیوزیلند بود.")).isEmpty();
    assertThat(actorIds(events("استاندار اصفهان با صدر اعظم سابق اتریش دیدار کرد.").get(0)))
        .contains("country-ir", "country-at");
  }

  @Test
  void theHeadOfAnOrganisationActsForIt() {
    Event e = events("علی لاریجانی با محمد البرادعی در وین دیدار کرد.").get(0);
    assertThat(actorIds(e)).contains("country-ir", "org-iaea").doesNotContain("country-eg");
    assertThat(actorIds(events("نمایندگان ایران و اروپا در ژنو مذاکره کردند.").get(0)))
        .contains("country-ir", "org-eu");
  }

  @Test
  void europesOfficialsOrStatesTogetherAreTheEu() {
    for (String sentence :
        List.of(
            "سعید جلیلی دیروز در ژنو با مقامات اروپایی مذاکره کرد.",
            "سعید جلیلی دیروز با کشورهای اروپایی مذاکره کرد.")) {
      assertThat(events(sentence)).as(sentence).hasSize(1);
      assertThat(actorIds(events(sentence).get(0))).as(sentence).contains("country-ir", "org-eu");
    }
  }

  @Test
  void whatFollowsAfterIsNoWelcomedGuest() {
    // «پس از سوریه» is a time, not the guest of «پذیرای»: refugees are no state's officials
    assertThat(events("پس از سوریه، کشورهای اردن و اروپایی پذیرای آوارگان عراقی بوده\u200cاند."))
        .isEmpty();
    assertThat(events("اردن از وزیر خارجه سوریه استقبال کرد.")).hasSize(1);
    // nor the place a «دیدار» tours: «پس از انجام دیدار با …» is a meeting held before
    List<Event> met = events("علی باقری پس از انجام دیدار با مقامات روسیه به تهران بازگشت.");
    assertThat(met).extracting(Event::type).containsExactly(Event.Type.MEET);
    assertThat(events("وزیر کشور پس از بازدید از مناطق زلزله زده دیدار کرد.")).isEmpty();
  }

  @Test
  void thisCountryIsTheCountryNamedBefore() {
    Event e =
        events(
                "محمد ستاری\u200cفر که برای شرکت در نشست اقتصادی دو کشور به چین سفر کرده است، در دیدار با رییس جمهور این کشور گفت: ایران روابط خود را گسترش می\u200cدهد.")
            .get(0);
    assertThat(actorIds(e)).contains("country-cn", "country-ir");
    // «this country's» office is no bare office of Iran's; a bare one is
    Event trip =
        events("به گفته منابع آگاه در چین، سفر رییس جمهور این کشور به مسکو با موفقیت انجام شد.")
            .get(0);
    assertThat(actorIds(trip)).containsExactlyInAnyOrder("country-cn", "country-ru");
    Event ours =
        events("به گفته منابع آگاه در چین، سفر رییس جمهور به مسکو با موفقیت انجام شد.").get(0);
    assertThat(actorIds(ours)).containsExactlyInAnyOrder("country-ir", "country-ru");
  }

  @Test
  void aSigningIsAnEventApartFromTheMeetingAndAGatheringOfManyIsNone() {
    List<Event> events =
        events(
            "ایران و چین یادداشت تفاهم همکاری اقتصادی امضا کردند.",
            "وزیر اقتصاد ایران در دیدار با رئیس جمهور چین گفت: روابط دو کشور گسترش می\u200cیابد.");
    assertThat(events).extracting(Event::type).contains(Event.Type.AGREEMENT, Event.Type.MEET);
    assertThat(events("وزیر دفاع روسیه در اجلاس سران ناتو سخنرانی کرد.")).isEmpty();
  }
}
