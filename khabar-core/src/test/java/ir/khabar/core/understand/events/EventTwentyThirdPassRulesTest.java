package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-third pass (nineteenth session, second pass): sentences of the Hamshahri
 * development text or written for the rule, each rule beside a case it must leave alone.
 */
class EventTwentyThirdPassRulesTest {
  @Test
  void everyPlaceOfATripsListOfDestinationsIsWhereItWent() {
    // Hamshahri development text (Günter Grass): Poland was visited, not a visitor to Israel.
    String grass =
        "گونتر گراس در سال ۱۹۷۰ با ویلی برانت صدراعظم وقت آلمان به ورشو و سپس اسرائیل سفر کرد.";
    assertThat(countries(grass)).containsExactlyInAnyOrder(Set.of("DE", "PL"), Set.of("DE", "IL"));
    assertThat(events(grass))
        .filteredOn(e -> EventScore.countries(e).contains("PL"))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("ورشو"));
    assertThat(events("رئیس جمهور ایران روز یکشنبه به مسکو و سپس پکن سفر کرد."))
        .extracting(e -> e.place().name())
        .containsExactlyInAnyOrder("مسکو", "پکن");
    // A destination alone before its verb, and a trip home after the visit, stay as they were.
    assertThat(events("نخست وزیر عراق دیروز وارد تهران شد و سپس به مشهد رفت."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("تهران"));
  }

  @Test
  void aTripJoinedToAMeetingIsNoTripOfTheOneMet() {
    // Written for the rule: Pakistan was met, not a visitor to Kazakhstan; the meeting takes no
    // Pakistani capital from that trip.
    assertThat(
            events(
                "وزیر امور خارجه ایران روز دوشنبه با همتای پاکستانی خود دیدار کرد و سپس به قزاقستان"
                    + " رفت."))
        .filteredOn(e -> EventScore.countries(e).contains("PK"))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isNull());
    // A trip told first brings the visitor to the meeting's place.
    assertThat(
            events(
                "وزیر خارجه سوریه دیروز وارد تهران شد و با رئیس جمهور ایران دیدار و گفت\u200cوگو"
                    + " کرد."))
        .allSatisfy(e -> assertThat(e.place().name()).isEqualTo("تهران"));
  }
}
