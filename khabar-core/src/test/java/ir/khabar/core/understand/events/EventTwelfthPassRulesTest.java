package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' twelfth pass: mentions that stand in an encounter's clause without being a party (a
 * mediator, a descent, a firm), and encounter words that name a body. Sentences of Hamshahri
 * (2003–2005), letters and half-spaces as a reader writes them; each rule beside a sentence it must
 * leave alone.
 */
class EventTwelfthPassRulesTest {
  @Test
  void aMediatorIsNoParty() {
    assertThat(
            countries(
                "شارون درحالی که مجبور شد از طریق میانجی آلمانی توافقنامه تبادل اسرا با حزب الله"
                    + " را منعقد و امتیازات بسیاری به این گروه مبارز واگذارد، از سوی برخی محافل"
                    + " صهیونیستی به سازش کاری متهم گردیده است."))
        .noneMatch(c -> c.contains("DE"));
    assertThat(
            countries(
                "وزیر امور خارجه آلمان دیروز در برلین با همتای اسرائیلی خود دیدار و گفت\u200cوگو کرد."))
        .containsExactly(Set.of("DE", "IL"));
  }

  @Test
  void aDescentIsNoState() {
    assertThat(
            countries(
                "گروه\u200cهای آلبانی تبار مقدونیه در پی امضای توافقنامه «اوخرید» در سال ۲۰۰۱ میلادی"
                    + " که به درگیری\u200cهای قومی این کشور پایان داد تأکید داشتند که باید نهادهای"
                    + " آموزشی خاص خودرا داشته باشند."))
        .isEmpty();
  }

  @Test
  void aFirmsContractIsNoStatesAgreement() {
    assertThat(
            countries(
                "به گزارش روابط عمومی شرکت ملی صنایع پتروشیمی قرارداد سرمایه گذاری مشترک مابین"
                    + " شرکت ملی صنایع پتروشیمی، شرکت خصوصی هگمتانه و شرکت igs ایتالیا جهت ساخت و"
                    + " راه اندازی دو واحد تولیدی امضا شد."))
        .isEmpty();
    assertThat(
            countries(
                "وزیران نفت ایران و ایتالیا دیروز در تهران قراردادی را برای همکاری در صنعت"
                    + " پتروشیمی امضا کردند."))
        .contains(Set.of("IR", "IT"));
  }

  @Test
  void anEncounterWordThatNamesABodyTellsNoEncounter() {
    assertThat(
            countries(
                "رئیس شورای گفت و گوی ملی عراق از تبدیل کردستان عراق به اسراییل دوم در منطقه هشدار"
                    + " داد."))
        .isEmpty();
    assertThat(countries("رئیس شورای گفت\u200cوگوی ملی عراق دیروز با سفیر آمریکا دیدار کرد."))
        .containsExactly(Set.of("IQ", "US"));
  }

  @Test
  void anAgreementToldAsStandingWasConcluded() {
    assertThat(countries("ایوانف ظاهرا از توافقات موجود بین روسیه ومولداوی اطلاعی ندارد."))
        .containsExactly(Set.of("RU", "MD"));
    assertThat(
            countries(
                "وزیر صنعت و انرژی روسیه گفت: این طرح براساس توافقنامه دولتی میان دو کشور قزاقستان"
                    + " و روسیه اجرا می شود."))
        .containsExactly(Set.of("KZ", "RU"));
    // An accord hoped for, or of views, is none: bare «توافق» counts only told concluded.
    assertThat(
            countries(
                "وزیران خارجه ایران و روسیه برای دستیابی به توافق نهایی درباره دریای خزر تلاش"
                    + " می\u200cکنند."))
        .isEmpty();
    assertThat(countries("ایران و فرانسه بر سر این موضوع توافق نظر دارند.")).isEmpty();
  }

  @Test
  void whereAReportWasFiledFromIsNoParty() {
    assertThat(
            countries(
                "به گزارش خبرگزاری فرانسه از بغداد یک مقام آمریکایی در نشستی باحضور بازرگانان در"
                    + " بغداد گفت شرکت\u200cهایی که در عراق فعال هستند احتمالاپی برده\u200cاند که خشونت و"
                    + " درگیری در این کشور به نفع آنهاست ."))
        .isEmpty();
    assertThat(
            countries(
                "به گزارش ایرنا از مسکو، وزیر امور خارجه کشورمان دیروز با سرگئی لاوروف وزیر امور"
                    + " خارجه روسیه دیدار و گفت\u200cوگو کرد."))
        .containsExactly(Set.of("IR", "RU"));
  }

  @Test
  void aPrivateGroupsCountryIsNoState() {
    assertThat(
            countries(
                "سفیر ژاپن در دیدار با بازرگانان ایرانی در تهران خواستار گسترش تجارت دو کشور شد."))
        .isEmpty();
    assertThat(countries("سفیر ژاپن در دیدار با وزیر بازرگانی ایران در تهران گفت\u200cوگو کرد."))
        .containsExactly(Set.of("JP", "IR"));
  }

  @Test
  void aTreatyNamedAfterItsCityAndYearHasNoSuchParty() {
    assertThat(countries("ایران و عراق بر اساس توافقنامه ۱۹۷۵ الجزایر مرزهای خود را تعیین کردند."))
        .containsExactly(Set.of("IR", "IQ"));
    assertThat(countries("وزیران خارجه ایران و الجزایر دیروز قراردادی را در تهران امضا کردند."))
        .containsExactly(Set.of("IR", "DZ"));
  }
}
