package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-first pass (eighteenth session): no place from what is still to come or
 * wished, and a dateline for the lead's encounters only; sentences of the Hamshahri and Fars
 * development texts or written for the rule, each rule beside a sentence it must leave alone.
 */
class EventTwentyFirstPassRulesTest {
  @Test
  void aPlaceInAClauseOfWhatIsToComeOrWishedPlacesNoEncounter() {
    assertThat(
            events(
                "مقامات ایران در سفر سوم ناجی صبری سعی کردند به غیر از بحرانی که دامنگیر منطقه"
                    + " شده مسائل باقی مانده از زمان جنگ را نیز مطرح کنند که با توجه به زندانی"
                    + " بودن دو دانشجوی ایرانی در کربلا انتظار می\u200cرفت فوری\u200cترین حاصل آن"
                    + " آزادی این دو نفر باشد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isNull());
    assertThat(
            events(
                "ایاد علاوی در دیدار با جک استراو وزیر امورخارجه انگلیس، به وجود برخی تنش\u200cها"
                    + " بین عراق و ایران اشاره کرد و گفت، به زودی به تهران سفر می\u200cکند."))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isNull());
    assertThat(events("ظریف که دیروز وارد مسکو شد، با لاوروف وزیر امور خارجه روسیه دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("مسکو"));
  }

  @Test
  void aDatelinePlacesOnlyTheLeadsEncounters() {
    List<Event> found =
        events(
            "به گزارش خبرگزاری فرانسه از اسلام آباد، وزیر امور خارجه پاکستان دیروز با سفیر ایران"
                + " دیدار کرد.",
            "این خط لوله از میدان پارس جنوبی آغاز می\u200cشود.",
            "طول آن بیش از دو هزار کیلومتر است.",
            "هزینه ساخت آن هفت میلیارد دلار برآورد شده است.",
            "ایران و پاکستان در سال ۱۹۹۵، توافقی برای ساخت این خط لوله به امضا رساندند.");
    assertThat(found)
        .extracting(Event::type)
        .containsExactly(Event.Type.MEET, Event.Type.AGREEMENT);
    assertThat(found.get(0).place().name()).isEqualTo("اسلام\u200cآباد");
    assertThat(found.get(1).place()).isNull();
  }

  @Test
  void aRegionIsNoDateline() {
    assertThat(
            events(
                "به گزارش خبرگزاری فارس، رئیس جمهور کشورمان پس از بازگشت از شرق آسیا با رئیس"
                    + " جمهور بلغارستان دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isNull());
    assertThat(
            events(
                "به گزارش خبرگزاری فرانسه از صوفیه، رئیس جمهور ایران با رئیس جمهور بلغارستان"
                    + " دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("صوفیه"));
  }
}
