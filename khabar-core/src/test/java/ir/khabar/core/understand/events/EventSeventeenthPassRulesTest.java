package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' seventeenth pass: two encounters between the same countries told in two places are
 * two encounters, not one told twice; a meeting whose clause names whom it is with is no tour of
 * the place its purpose names; an interview is one whether its talk is written as one word or
 * apart. Sentences of Hamshahri, letters and half-spaces as a reader writes them; each rule beside
 * a sentence it must leave alone.
 */
class EventSeventeenthPassRulesTest {
  @Test
  void encountersInTwoPlacesAreTwo() {
    assertThat(
            countries(
                "پس از یک دوره طولانی گفتگوهای پیاپی ایران و هند در تهران، مقام\u200cهای هندی"
                    + " اعلام کردند قرارداد فروش گاز ایران به هند دو ماه دیگر امضا می\u200cشود.",
                "در سفر سیدمحمد خاتمی رئیس جمهوری به هند تفاهم نامه\u200cای برای صادرات گاز"
                    + " ایران به هند امضا شد."))
        .containsExactly(Set.of("IN", "IR"), Set.of("IN", "IR"), Set.of("IN", "IR"));
  }

  @Test
  void anEncounterToldAgainInItsPlaceIsOne() {
    assertThat(
            countries(
                "ظریف دیروز در دهلی نو با وزیر امور خارجه هند گفت\u200cوگو کرد.",
                "در سفر ظریف به هند تفاهم نامه\u200cای برای صادرات گاز ایران به هند امضا شد."))
        .containsExactly(Set.of("IN", "IR"), Set.of("IN", "IR"));
  }

  @Test
  void aMeetingWithSomeoneIsNoTourOfWhatItIsFor() {
    assertThat(
            countries(
                "روزنامه «دیلی تلگراف » در گزارش مفصلی در این باره نوشت : مسئولان ارشد انگلستان"
                    + " در چندین نوبت با مقام\u200cهای دولت ایران با امید به انجام معامله\u200cای"
                    + " جهت جلوگیری از ورشکستگی شرکت روور ملاقات کردند."))
        .containsExactly(Set.of("GB", "IR"));
    assertThat(countries("وزیر امور خارجه ژاپن دیروز از مناطق زلزله\u200cزده بم دیدار کرد."))
        .isEmpty();
  }

  @Test
  void anInterviewWrittenApartIsNoTalks() {
    assertThat(
            countries(
                "گروه اجتماعی- عباس اسدی: مدیران آزادشده بخش تعاون از زندان\u200cهای عراق ۴۸ ساعت"
                    + " پس از آزادی در گفت وگوی اختصاصی با همشهری از شهروندان ایرانی خواستند برای"
                    + " پیشگیری از سوءاستفاده برنامه ریزی شده پلیس عراق و نیروهای آمریکایی در مورد"
                    + " زائران از سفر به سرزمین عراق پرهیز کنند."))
        .isEmpty();
    assertThat(
            countries(
                "وزیر امور خارجه عراق دیروز در گفت وگوی تلفنی با وزیر امور خارجه آمریکا درباره"
                    + " انتخابات رایزنی کرد."))
        .containsExactly(Set.of("IQ", "US"));
  }

  @Test
  void aConsultativeAssemblyIsTheCountrysItNames() {
    assertThat(
            countries(
                "«شیخ صالح بن حمید» رئیس مجلس شورای عربستان سعودی روز گذشته در راس یک هیات"
                    + " پارلمانی وارد تهران شد."))
        .containsExactly(Set.of("IR", "SA"));
    assertThat(countries("رئیس مجلس شورای اسلامی دیروز با سفیر آلمان دیدار کرد."))
        .containsExactly(Set.of("DE", "IR"));
  }

  @Test
  void anOfficeSetOffAfterTheNameIsTheOneItHolds() {
    assertThat(
            countries(
                "خواست\u200cهای آمرانه رایس از وزیر امور خارجه روسیه خواست\u200cهای آمرانه"
                    + " کاندولیزا رایس، وزیر امور خارجه آمریکا، از سرگئی لاوروف وزیر امور خارجه"
                    + " روسیه در ملاقات ششم فوریه در آنکارا، تعجب رسانه\u200cها را برانگیخته است.",
                "لاوروف برای دیدار رایس به آنکارا رفته بود، حال آن که رایس قبل از ملاقات با او،"
                    + " برای مذاکره با نخست وزیر لهستان رنج سفر به این کشور را برخود هموار کرده"
                    + " بود."))
        .containsExactly(Set.of("RU", "US"), Set.of("PL", "US"));
  }

  @Test
  void aPrepositionGluedToAListedNameIsCutOff() {
    assertThat(
            events(
                "ولادیمیر پوتین رئیس جمهور روسیه دیروز در مسکو باکاندولیزا رایس مشاور امنیت ملی"
                    + " آمریکا دیدار و گفت\u200cوگو کرد."))
        .singleElement()
        .satisfies(e -> assertThat(actorIds(e)).contains("condoleezza-rice", "country-us"));
  }

  @Test
  void aCapitalAfterAMeetingsWordIsWhereItWasHeld() {
    assertThat(
            countries(
                "کاندولیزا رایس، وزیر امور خارجه آمریکا، از سرگئی لاوروف وزیر امور خارجه روسیه در"
                    + " ملاقات ششم فوریه در آنکارا خواست.",
                "به گزارش «استیون وایزمن» که در نیویورک تایمز چاپ شده است، رایس در ملاقات آنکارا"
                    + " به لاوروف گفت: ادامه سرکوب ناراضیان و منتقدان روابط را دشوار خواهد"
                    + " ساخت."))
        .containsExactly(Set.of("RU", "US"));
    assertThat(countries("جلال طالبانی رئیس جمهور عراق عصر دیروز وارد تهران شد."))
        .containsExactly(Set.of("IQ", "IR"));
  }

  @Test
  void aListOfCountriesVisitedIsOneVisitEach() {
    assertThat(
            countries(
                "کاندولیزا رایس، وزیر خارجه آمریکا در سفر دوره\u200cای خود به کشورهای منطقه از"
                    + " مصر، عربستان، لبنان و امارات دیدار کرد."))
        .containsExactly(
            Set.of("EG", "US"), Set.of("SA", "US"), Set.of("LB", "US"), Set.of("AE", "US"));
    assertThat(countries("وزیر امور خارجه ایران دیروز از پاکستان دیدار کرد."))
        .containsExactly(Set.of("IR", "PK"));
  }

  @Test
  void theCountriesATripIsNamedAfterAreOneVisitEach() {
    assertThat(
            countries(
                "بازگشت رئیس مجلس از سفر ارمنستان و قرقیزستان",
                "رئیس مجلس شورای اسلامی دیروز به تهران بازگشت."))
        .containsExactly(Set.of("AM", "IR"), Set.of("IR", "KG"));
    assertThat(countries("سفر وزیر امور خارجه ایران به ترکیه دیروز آغاز شد."))
        .containsExactly(Set.of("IR", "TR"));
  }
}
