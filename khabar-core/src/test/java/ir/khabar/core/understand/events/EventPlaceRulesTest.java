package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where an encounter happened, and which places are its parties, each rule on Persian sentences
 * written for it (none from a corpus): a place a visit saw after «از» («دیدار کوتاهی از بغداد», «از
 * قاهره دیدن کرد») is where it was; a place in what someone then says is not; where a visitor stays
 * is the visit's; a trip that dates a meeting, and where troops are sent, are no parties; an
 * encounter with no place takes the place of the same pair's other encounter; a third country after
 * both sides is where they met; a trip's end beside the meeting it leads to is a visit.
 */
class EventPlaceRulesTest {
  private static String place(Event e) {
    return e.place() == null ? null : e.place().id();
  }

  @Test
  void aThirdCountryAfterBothSidesIsWhereTheyMet() {
    List<Event> met =
        events("پزشکیان و پوتین رؤسای جمهور ایران و روسیه دیروز در ترکمنستان دیدار کردند.");
    assertThat(met).extracting(EventPlaceRulesTest::place).containsExactly("country-tm");
    assertThat(events("ظریف با لاوروف در سوئیس دیدار کرد.").get(0).place().name())
        .isEqualTo("سوئیس");
    // a country alone before «در» is where it acts, not where the encounter was
    assertThat(events("نیروهای آمریکا در عراق با ایران مذاکره کردند."))
        .extracting(EventPlaceRulesTest::place)
        .containsOnlyNulls();
  }

  @Test
  void theEndOfATripIsAVisitBesideTheMeetingItLeadsTo() {
    List<Event> found =
        events("عراقچی دیروز در پایان سفر به بلاروس، برای دیدار با سرگئی لاوروف وارد مسکو شد.");
    assertThat(found)
        .filteredOn(e -> actorIds(e).contains("country-by"))
        .extracting(Event::type)
        .containsExactly(Event.Type.VISIT);
    assertThat(found)
        .filteredOn(e -> actorIds(e).contains("sergey-lavrov"))
        .extracting(EventPlaceRulesTest::place)
        .containsExactly("capital-ru");
  }

  @Test
  void aPlaceAVisitSawIsWhereItWas() {
    List<Event> baghdad =
        events(
            "وزیر امور خارجه ایتالیا دیروز دیدار کوتاهی از بغداد انجام داد و با همتای عراقی خود"
                + " کنفرانس خبری مشترک برگزار کرد.");
    assertThat(baghdad).extracting(EventPlaceRulesTest::place).containsOnly("capital-iq");
  }

  @Test
  void aPlaceSaidAfterTheMeetingIsNotWhereItWas() {
    List<Event> said =
        events(
            "نخست وزیر اسرائیل دیروز در دیدار با یک سناتور آمریکایی گفت: آماده\u200cام به دمشق سفر کنم.");
    assertThat(said).extracting(EventPlaceRulesTest::place).doesNotContain("capital-sy");
  }

  @Test
  void aVisitorStaysWhereTheVisitIs() {
    List<Event> stay =
        events(
            "محمود عباس نخست وزیر فلسطین که در چارچوب یک سفر منطقه\u200cای در ابوظبی بود، دیروز"
                + " به رام\u200cالله بازگشت.");
    assertThat(stay)
        .extracting(e -> (Set<String>) EventScore.countries(e))
        .contains(Set.of("PS", "AE"));
    assertThat(stay).extracting(EventPlaceRulesTest::place).contains("capital-ae");
  }

  @Test
  void aTripThatDatesAMeetingIsNoPartyOfIt() {
    assertThat(
            countries(
                "نخست وزیر اسرائیل دیروز در دیدار با سناتور آمریکایی قبل از سفر به سوریه"
                    + " گفت که آماده صلح است."))
        .containsExactly(Set.of("IL", "US"));
  }

  @Test
  void whereTroopsAreSentIsNoParty() {
    assertThat(
            countries(
                "رئیس جمهور پاکستان در سفر اخیر خود به آمریکا با اعزام نیرو به عراق موافقت"
                    + " کرد."))
        .containsExactly(Set.of("PK", "US"));
  }

  @Test
  void anEncounterWithNoPlaceTakesTheSamePairsVisitsPlace() {
    List<Event> two =
        events(
            "عباس عراقچی وزیر امور خارجه ایران دیروز با سفر به مسکو با ولادیمیر پوتین دیدار"
                + " کرد.",
            "سفیر ایران در روسیه نیز دیروز با سرگئی لاوروف دیدار کرد.");
    assertThat(two).hasSize(2);
    assertThat(two).extracting(EventPlaceRulesTest::place).containsOnly("capital-ru");
  }
}
