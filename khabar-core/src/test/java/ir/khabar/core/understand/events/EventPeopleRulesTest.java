package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * People the article places once, each rule on Persian sentences written for it (none from a
 * corpus): a person placed by a role is placed wherever the article names them; an Iranian office
 * told without its country is the one the article named; a role told with another country is
 * another holder; a body of an international organisation acts and gathers as one.
 */
class EventPeopleRulesTest {
  @Test
  void aPersonPlacedOnceIsPlacedEverywhere() {
    assertThat(
            countries(
                "فواد السنیوره نخست وزیر لبنان دیروز در بیروت سخنرانی کرد.",
                "فواد السنیوره امروز با رئیس جمهور سوریه دیدار کرد."))
        .containsExactly(Set.of("LB", "SY"));
  }

  @Test
  void anIranianOfficeToldBareAndARoleOfAnotherCountry() {
    assertThat(
            countries(
                "پرویز داوودی معاون اول رئیس جمهوری ایران دیروز در مسکو سخنرانی کرد.",
                "ساگین دورج نخست وزیر مغولستان نیز از گسترش روابط با ایران سخن گفت.",
                "معاون اول رئیس جمهوری همچنین در مسکو با نخست وزیر تاجیکستان دیدار کرد."))
        .containsExactly(Set.of("IR", "TJ"));
  }

  @Test
  void anOfficialTheGazetteerDoesNotKnowSetOffAfterTheirOfficeBringsTheirCountry() {
    assertThat(
            countries(
                "نخست\u200cوزیر لیتوانی، اینگریدا شیمونیته، دیروز در پارلمان سخنرانی کرد.",
                "شیمونیته امروز با پزشکیان دیدار کرد."))
        .containsExactly(Set.of("IR", "LT"));
  }

  @Test
  void aBodyOfTheUnitedNationsMeetsAndGathersAsTheUnitedNationsDoes() {
    // «دفتر مواد مخدر سازمان ملل» is no listed name: it is a body of one.
    assertThat(
            events(
                "وزیر بهداشت ایران دیروز در دیدار با مدیرکل اجرایی دفتر مواد مخدر سازمان ملل"
                    + " گفت: ایران تاوان زیادی داده است."))
        .singleElement()
        .satisfies(e -> assertThat(EventScore.countries(e)).containsExactly("IR"))
        .satisfies(e -> assertThat(e.actors()).anyMatch(a -> a.name().contains("سازمان ملل")));
    // A gathering of a body of an organisation of states is no meeting of two.
    assertThat(
            events(
                "وزیر خارجه عراق که دیروز در نشست شورای وزیران اتحادیه عرب سخن می\u200cگفت از"
                    + " کشورهای عرب کمک خواست."))
        .isEmpty();
  }
}
