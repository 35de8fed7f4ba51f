package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whether an encounter happened, read from its verb in every person, each rule on Persian sentences
 * written for it (none from a corpus): a future or a present that announces is still to come, a
 * past happened, a compound verb's subjunctive («قرار گیرد») is what should be.
 */
class EventTenseRulesTest {
  @Test
  void aFutureInTheFirstPersonIsNoEncounter() {
    assertThat(
            countries(
                "نخست وزیر ایتالیا گفت در سفر خود به اسرائیل با رهبر فلسطینیان دیدار نخواهم"
                    + " کرد."))
        .isEmpty();
    assertThat(countries("وزیر خارجه مصر گفت: ما هفته بعد با هیئت ترکیه گفتگو خواهیم کرد."))
        .isEmpty();
  }

  @Test
  void aPresentInTheFirstPersonAnnounces() {
    assertThat(countries("وزیر خارجه فرانسه گفت که با همتای روس خود در مسکو دیدار می\u200cکنم."))
        .isEmpty();
    assertThat(countries("وزیر خارجه فرانسه گفت که دیروز با همتای روس خود در مسکو دیدار کردم."))
        .containsExactly(Set.of("FR", "RU"));
  }

  @Test
  void settingOutInThePresentIsATripToCome() {
    assertThat(countries("سه مقام اسرائیلی پس از دریافت روادید ترکیه عازم عراق می\u200cشوند."))
        .isEmpty();
    assertThat(countries("سه مقام اسرائیلی دیروز عازم عراق شدند."))
        .containsExactly(Set.of("IL", "IQ"));
  }

  @Test
  void aCompoundVerbsBareSubjunctiveTellsWhatShouldBe() {
    assertThat(countries("جزئیات طرح گاز ایران و پاکستان بایستی در تهران مورد مذاکره قرار گیرند."))
        .isEmpty();
    assertThat(countries("طرح گاز ایران و پاکستان دیروز در تهران مورد مذاکره قرار گرفت."))
        .containsExactly(Set.of("IR", "PK"));
  }
}
