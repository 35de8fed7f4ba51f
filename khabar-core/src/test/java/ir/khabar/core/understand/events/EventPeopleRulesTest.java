package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * People the article places once, each rule on Persian sentences written for it (none from a
 * corpus): a person placed by a role is placed wherever the article names them; an Iranian office
 * told without its country is the one the article named; a role told with another country is
 * another holder.
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
}
