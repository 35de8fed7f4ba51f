package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a speaker says after an encounter is no party to it, each rule on Persian sentences written
 * for it (none from a corpus): the countries after «گفت:» or «گفته است که» are talked about; only
 * the state the saying opens with may be an unplaced speaker's own; an interview is given to the
 * press, whatever country the press is of.
 */
class EventSpeechRulesTest {
  @Test
  void theCountriesSaidAfterAMeetingAreNoParties() {
    assertThat(
            countries(
                "نخست وزیر ایتالیا در دیدار با رهبران جامعه یهودیان گفت: در سفر ماه آینده خود به"
                    + " اسرائیل با یاسر عرفات دیدار نخواهم کرد."))
        .isEmpty();
    assertThat(
            countries(
                "وزیر خارجه هلند در دیدار با یک هیئت تجاری گفت: آمریکا باید به تعهدات خود در"
                    + " قبال عراق عمل کند."))
        .isEmpty();
    assertThat(
            countries(
                "وزیر خارجه هلند دیروز در دیدار با سفیر جدید ایران گفت: آمریکا باید به تعهدات"
                    + " خود در قبال عراق عمل کند."))
        .containsExactly(Set.of("IR", "NL"));
  }

  @Test
  void whatIsSaidAfterAVerbOfSayingAndThatIsNoParty() {
    assertThat(countries("نتانیاهو در دیدار با سناتور گراهام گفته است که آماده است به دمشق برود."))
        .isEmpty();
    assertThat(
            countries(
                "وزیر خارجه هلند در دیدار با یک هیئت تجاری اعلام کرد که آمریکا باید به تعهدات خود"
                    + " عمل کند."))
        .isEmpty();
  }

  @Test
  void anUnplacedSpeakersStateMayOpenTheSaying() {
    assertThat(
            countries(
                "کورشات توزمن که در دیدار با وزیر مسکن ایران سخن می\u200cگفت، اظهار داشت: ترکیه مایل"
                    + " است در قبال واردات گاز از ایران کالا صادر کند."))
        .containsExactly(Set.of("IR", "TR"));
  }

  @Test
  void anInterviewWithAPaperOrTheMediaOfACountryIsNoTalksWithIt() {
    assertThat(
            countries(
                "مقتدا صدر در گفت\u200cوگو با یک شبکه تلویزیونی لبنانی خواستار آزادی گروگان\u200cهای"
                    + " فرانسوی در عراق شد."))
        .isEmpty();
    assertThat(
            countries(
                "شینزو آبه دبیر هیأت دولت ژاپن در گفت وگویی با رسانه\u200cهای گروهی در توکیو گفت"
                    + " ایران باید غنی سازی را متوقف کند."))
        .isEmpty();
    assertThat(
            countries(
                "روزنامه آلمانی زود دویچه سایتونگ اخیراً در گفت وگویی با مدیر آمریکایی شرکت از"
                    + " چالش\u200cها پرسیده است."))
        .isEmpty();
    assertThat(
            countries(
                "هنری کیسینجر وزیر خارجه پیشین آمریکا در گفتگو با واشنگتن پست خواهان تعامل جدید"
                    + " با ایران شد."))
        .isEmpty();
    assertThat(countries("لاوروف در گفت\u200cوگو با یک هیئت ایرانی از روابط دو کشور گفت."))
        .containsExactly(Set.of("IR", "RU"));
  }
}
