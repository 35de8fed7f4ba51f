package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-first pass (eighteenth session): the place an event is given is one its
 * article writes; sentences of the Hamshahri and Fars development texts or written for the rule,
 * each rule beside a sentence it must leave alone.
 */
class EventTwentyFirstPassRulesTest {
  @Test
  void aVisitToACountryIsNotPlacedInACapitalTheTextDoesNotWrite() {
    List<Event> found =
        events(
            "\"شوکت عزیز\" که به مالزی سفر کرده است، امروز به خبرنگار خبرگزاری فرانسه گفت: «بله،"
                + " ما این قطعات را تحت شرایطی خاص ارسال خواهیم کرد.");
    assertThat(countriesOf(found)).containsExactly(Set.of("MY", "PK"));
    assertThat(found.get(0).place()).isNull();
    assertThat(events("وزیر امور خارجه ایران دیروز وارد کابل شد.").get(0).place().name())
        .isEqualTo("کابل");
  }

  @Test
  void aTourIsNotPlacedInTheLastCountrysCapital() {
    List<Event> found =
        events(
            "نخست وزیر موقت عراق تاکنون از کشورهای اردن، مصر و سوریه دیدن کرده است و امروز نیز"
                + " سفر سه روزه خود را به لبنان را آغاز کرد.");
    assertThat(countriesOf(found))
        .contains(Set.of("IQ", "JO"), Set.of("IQ", "EG"), Set.of("IQ", "SY"), Set.of("IQ", "LB"));
    assertThat(found).extracting(Event::place).containsOnlyNulls();
  }

  @Test
  void aVisitedCountrysCapitalTheArticleWritesIsItsPlace() {
    List<Event> found =
        events(
            "وزیر امور خارجه ایران دیروز به افغانستان سفر کرد.",
            "وی در کابل با حامد کرزی رئیس جمهور افغانستان دیدار کرد.");
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(e -> assertThat(e.place().name()).isEqualTo("کابل"));
  }

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

  private static List<Set<String>> countriesOf(List<Event> found) {
    return found.stream().map(e -> (Set<String>) EventScore.countries(e)).toList();
  }
}
