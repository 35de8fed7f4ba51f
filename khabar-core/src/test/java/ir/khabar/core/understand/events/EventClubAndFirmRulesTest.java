package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A football club or a listed firm is no state's party, though the lists give it a country. */
class EventClubAndFirmRulesTest {
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

  @Test
  void aListedFirmsAgreementWithAStateIsNoAgreementBetweenStates() {
    assertThat(
            countries(
                "گوگل اخیرا توافقنامه\u200cای را با دولت چین امضا کرد که اطلاعات کاربران را در"
                    + " اختیار این دولت قرار دهد."))
        .doesNotContain(Set.of("US", "CN"));
  }
}
