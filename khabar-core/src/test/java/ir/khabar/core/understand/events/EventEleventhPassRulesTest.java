package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' eleventh pass: talks with one and the others of an organisation are a gathering, and
 * a senator named in quotes is his country's party. Sentences of Hamshahri (2003–2005), letters and
 * half-spaces as a reader writes them.
 */
class EventEleventhPassRulesTest {
  @Test
  void talksBetweenStatesStillHaveThemAsParties() {
    assertThat(
            countries("مذاکرات بین ایران و عراق درباره مرزهای دو کشور دیروز در بغداد برگزار شد."))
        .containsExactly(Set.of("IR", "IQ"));
  }

  @Test
  void aSenatorNamedInQuotesIsTheUnitedStatesParty() {
    assertThat(
            countries(
                "یک هیات آمریکایی به ریاست \"آرلن اسپکتر\" عضو مجلس سنای آمریکا روز یکشنبه در دمشق"
                    + " با\" بشار اسد\" رئیس جمهوری سوریه دیدار و گفت\u200cوگو کرد.",
                "شارون در دیدار بااسپکتر قبل از سفر به سوریه، گفته است که آمادگی دارد به دمشق سفر"
                    + " کند."))
        .contains(Set.of("US", "SY"), Set.of("IL", "US"))
        .doesNotContain(Set.of("IL", "SY"));
  }

  @Test
  void talksWithOneAndTheOthersOfAnOrganisationAreAGathering() {
    assertThat(
            countries(
                "به گزارش خبرگزاری فرانسه، اشتروک وزیر دفاع آلمان دیروز طی سخنانی در مذاکرات غیر"
                    + " رسمی با رامسفلد ودیگر وزیران دفاع ناتو در رومانی اعلام کرد، ماموریت ناتو"
                    + " در افغانستان برقراری ثبات است."))
        .isEmpty();
  }

  @Test
  void aMeetingWithOneAndOtherOfficialsOfAStateStaysAMeeting() {
    assertThat(
            countries(
                "وزیر امور خارجه کشورمان دیروز در مسکو با پوتین و دیگر مقامات روسیه دیدار و"
                    + " گفت\u200cوگو کرد."))
        .containsExactly(Set.of("IR", "RU"));
  }

  @Test
  void aTripForStudyIsNoVisit() {
    assertThat(
            countries(
                "اسرا اردوغان دختر نخست وزیر ترکیه که از دو سال پیش برای ادامه تحصیل به آمریکا"
                    + " عزیمت کرده است روز چهارشنبه فرودگاه استانبول را ترک کرد."))
        .isEmpty();
  }

  @Test
  void aTripForTalksStaysAVisit() {
    assertThat(
            countries(
                "وزیر امور خارجه ترکیه برای گفت\u200cوگو با مقامات آمریکایی به واشنگتن عزیمت"
                    + " کرد."))
        .containsExactly(Set.of("TR", "US"));
  }

  @Test
  void anInvitationToTheGatheringOfAnOrganisationToldBeforeIsNoMeeting() {
    assertThat(
            countries(
                "در همین حال ولادیمیر پوتین رئیس جمهوری روسیه از طرف ماهاتیر محمد نخست وزیر مالزی"
                    + " و رئیس سازمان کنفرانس اسلامی برای شرکت در اجلاس این سازمان در کوالالامپور"
                    + " دعوت شد."))
        .isEmpty();
  }
}
