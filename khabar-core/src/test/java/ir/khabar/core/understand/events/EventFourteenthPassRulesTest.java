package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' fourteenth pass: what a speaker says takes no party from the words that frame the
 * saying, Bonn named with its country is a place, and a time in what was talked about does not date
 * the talks. Sentences of Hamshahri and Fars, letters and half-spaces as a reader writes them; each
 * rule beside a sentence it must leave alone.
 */
class EventFourteenthPassRulesTest {
  @Test
  void theCounterpartOfTheFramingTakesNoPartInWhatIsSaid() {
    assertThat(
            events(
                "کمال خرازی، در کنفرانس مطبوعاتی مشترک با وزیر امور خارجه هند در تهران گفت: هیات"
                    + " وزیران و شورای\u200cعالی امنیت ملی با امضای پروتکل موافقت کرده\u200cاند و"
                    + " تهران این سند را طی روزهای آینده امضا خواهد کرد."))
        .extracting(Event::type)
        .containsExactly(Event.Type.MEET);
    assertThat(
            countries(
                "وزیر امور خارجه سوریه در دیدار با سفیر ژاپن گفت: دمشق دیروز سند همکاری را امضا"
                    + " کرد."))
        .containsExactly(Set.of("SY", "JP"));
  }

  @Test
  void theSpeakerAndTheStatesSaidStayParties() {
    assertThat(
            countries(
                "وزیر امور خارجه سوریه در دیدار با سفیر ژاپن گفت: ایران و سوریه دیروز سند همکاری"
                    + " اقتصادی امضا کردند."))
        .containsExactly(Set.of("SY", "JP"), Set.of("IR", "SY"));
    assertThat(
            countries(
                "سفیر انگلیس در تهران در گفتگو با خبرنگار فارس گفت: مقامات ایرانی در"
                    + " گفتگوهایشان با من همواره روشن کرده\u200cاند که از دولت عراق پشتیبانی"
                    + " می\u200cکنند."))
        .containsExactly(Set.of("GB", "IR"));
  }

  @Test
  void bonnFollowedByItsCountryIsAPlaceNotGermany() {
    assertThat(
            countries(
                "او در بن آلمان به طور روزانه با جیمز دابینز فرستاده آمریکا دیدار می\u200cکرده"
                    + " است.",
                "ظریف در بن آلمان با جیمز دابینز فرستاده آمریکا دیدار کرد."))
        .containsOnly(Set.of("IR", "US"));
    assertThat(countries("وزیر امور خارجه آلمان در بن با همتای فرانسوی خود دیدار کرد."))
        .containsExactly(Set.of("DE", "FR"));
  }

  @Test
  void aTimeInWhatWasTalkedAboutDoesNotPutTheTalksToComeAsTheTalksOwnTimeDoes() {
    assertThat(
            countries(
                "وزیر امور خارجه ترکیه با همتای ایرانی خود درباره انتخابات آینده عراق گفت\u200cوگو"
                    + " کرد.",
                "وزیر امور خارجه روسیه با همتای چینی خود درباره لغو تحریم\u200cها گفت\u200cوگو"
                    + " کرد."))
        .containsExactly(Set.of("TR", "IR"), Set.of("RU", "CN"));
    assertThat(
            countries(
                "وزیر امور خارجه ترکیه هفته آینده با همتای ایرانی خود درباره عراق گفت\u200cوگو"
                    + " خواهد کرد.",
                "وزیر امور خارجه قطر درباره مسائل عراق با همتای ایرانی خود در روزهای آینده"
                    + " گفت\u200cوگو می\u200cکند."))
        .isEmpty();
  }

  @Test
  void whereTheReporterWasSentIsNoParty() {
    assertThat(
            countries(
                "به گزارش خبرنگار اعزامی خبرگزاری فارس به وین، نشست معاونان وزرای خارجه ایران،"
                    + " آمریکا و روسیه به پایان رسید.",
                "به گزارش خبرگزاری فارس، وزیر امور خارجه ژاپن برای گفت\u200cوگو با مقامات اتریش به"
                    + " وین سفر کرد."))
        .containsExactly(Set.of("IR", "US", "RU"), Set.of("JP", "AT"));
  }

  @Test
  void aCompoundOfficeNamedWithItsStateIsNoBareOfficeOfIrans() {
    assertThat(
            countries(
                "وزیر دارایی و اقتصاد ترکمنستان با رئیس سازمان امنیت و همکاری اروپا ملاقات کرد."))
        .isEmpty();
    assertThat(
            countries(
                "وزیر دارایی و اقتصاد دیروز با سفیر ژاپن دیدار کرد.",
                "وزیر امور خارجه و سفیر کره جنوبی دیروز در تهران دیدار کردند."))
        .containsExactly(Set.of("IR", "JP"), Set.of("IR", "KR"));
  }

  @Test
  void theStateACapitalIsNamedTheCapitalOfIsNoPartyToAMeetingThere() {
    assertThat(
            countries(
                "مقام\u200cهای دولت عراق هفته گذشته با وزیر امور خارجه ژاپن در شهر امان پایتخت"
                    + " اردن دیدار و گفت گو کردند.",
                "ایهود اولمرت نخست وزیر رژیم صهیونیستی دیروز به طور غیرمنتظره وارد امان پایتخت"
                    + " اردن شد."))
        .containsExactly(Set.of("IQ", "JP"), Set.of("IL", "JO"));
  }

  @Test
  void teamsOfTwoStatesMeetingInAGameAreNoStatesMeeting() {
    assertThat(
            countries(
                "بدین ترتیب تیم\u200cهای چین و کره جنوبی دیدار پایانی را برگزار کردند که در پایان"
                    + " تیم چین به مقام نخست دست یافت."))
        .isEmpty();
    assertThat(countries("تیم\u200cهای مذاکره\u200cکننده ایران و آمریکا دیروز در ژنو دیدار کردند."))
        .containsExactly(Set.of("IR", "US"));
  }
}
