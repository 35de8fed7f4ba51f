package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The events' twenty-fourth pass (twentieth session): sentences written for each rule, each rule
 * beside a case it must leave alone.
 */
class EventTwentyFourthPassRulesTest {
  @Test
  void aTripToldBeforeTheEncounterIsItsPlaceOnlyWhenOneOfItsPartiesWent() {
    // Lavrov went to Ankara; Rice's talks with Poland's prime minister were not there.
    String ankara =
        "کاندولیزا رایس وزیر امور خارجه آمریکا و سرگئی لاوروف وزیر امور خارجه روسیه هفته گذشته در"
            + " آنکارا دیدار کردند.";
    String poland =
        "لاوروف برای دیدار رایس به آنکارا رفته بود، حال آن که رایس قبل از ملاقات با او، برای"
            + " مذاکره با نخست وزیر لهستان رنج سفر به این کشور را برخود هموار کرده بود.";
    assertThat(events(ankara, poland))
        .filteredOn(e -> EventScore.countries(e).contains("PL"))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isNull());
    // The traveller meets: Dushanbe, in a third country, is where.
    assertThat(
            events(
                "وزیر خارجه ازبکستان که برای حضور در نشست شورای وزرای خارجه کشورهای عضو سازمان"
                    + " همکاری شانگهای به شهر «دوشنبه» سفر کرده با همتای پاکستانی خود دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().id()).isEqualTo("capital-tj"));
  }

  @Test
  void aTripToACountryJoinedToAMeetingIsNoTripOfTheOneMet() {
    // Written for the rule (left by the nineteenth session's second pass): «عازم»/«وارد» and a
    // country after the meeting no longer make Pakistan a visitor, nor place the meeting in its
    // capital.
    for (String verb : new String[] {"عازم قزاقستان شد", "وارد قزاقستان شد"}) {
      assertThat(
              events(
                  "وزیر امور خارجه ایران روز دوشنبه با همتای پاکستانی خود دیدار کرد و سپس "
                      + verb
                      + "."))
          .filteredOn(e -> EventScore.countries(e).contains("PK"))
          .singleElement()
          .satisfies(e -> assertThat(e.place()).isNull());
    }
    // A place the meeting names stays.
    assertThat(
            events(
                "وزیر امور خارجه ایران روز دوشنبه در اسلام آباد با همتای پاکستانی خود دیدار کرد و"
                    + " سپس عازم قزاقستان شد."))
        .filteredOn(e -> EventScore.countries(e).contains("PK"))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("اسلام‌آباد"));
  }
}
