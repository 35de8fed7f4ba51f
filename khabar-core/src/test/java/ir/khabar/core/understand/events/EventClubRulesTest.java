package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A football club is no state's party, though the lists give it a country. */
class EventClubRulesTest {
  @Test
  void twoClubsChairmenMeetingIsNoMeetingOfTheirStates() {
    assertThat(
            countries(
                "مدیرعامل باشگاه پرسپولیس و رئیس باشگاه الهلال عربستان دیروز در ریاض دیدار"
                    + " کردند."))
        .doesNotContain(Set.of("IR", "SA"));
  }

  @Test
  void aClubsContractIsNoAgreementBetweenStates() {
    assertThat(
            countries("قرارداد همکاری باشگاه پرسپولیس و الهلال عربستان برای دو فصل آینده امضا شد."))
        .doesNotContain(Set.of("IR", "SA"));
  }

  @Test
  void statesSigningStillAreParties() {
    assertThat(countries("ایران و عربستان قرارداد همکاری ورزشی امضا کردند."))
        .containsExactly(Set.of("IR", "SA"));
  }
}
