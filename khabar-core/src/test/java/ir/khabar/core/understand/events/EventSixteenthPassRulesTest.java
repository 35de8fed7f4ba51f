package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' sixteenth pass: a senator named with no country is America's; a pair at strife is
 * what is talked about, not who talks; travel under a ban, limit or permit is no visit; an envoy
 * («فرستاده») serves the state his role names. Sentences of Hamshahri, letters and half-spaces as a
 * reader writes them; each rule beside a sentence it must leave alone.
 */
class EventSixteenthPassRulesTest {
  @Test
  void aBareSenatorIsAmericas() {
    assertThat(
            countries(
                "چاک هاگل، سناتور جمهوری خواه با محمدجواد ظریف نماینده ایران در سازمان ملل"
                    + " گفت\u200cوگو کرد.",
                "دایان فینستین، سناتور دموکرات با ظریف گفت\u200cوگو کرد."))
        .containsExactly(Set.of("IR", "US"), Set.of("IR", "US"));
  }

  @Test
  void aSenatorOfAnotherStateKeepsIt() {
    assertThat(
            countries(
                "ژان پیر رافاره، سناتور فرانسه با محمدجواد ظریف نماینده ایران در سازمان ملل"
                    + " دیدار کرد."))
        .containsExactly(Set.of("FR", "IR"));
  }

  @Test
  void aPairAtStrifeIsWhatIsTalkedAbout() {
    assertThat(
            countries(
                "ایاد علاوی نخست وزیر عراق در دیدار با جک استراو وزیر امورخارجه انگلیس، به وجود"
                    + " برخی تنش\u200cها در ماه\u200cهای گذشته بین عراق و ایران اشاره کرد."))
        .containsExactly(Set.of("GB", "IQ"));
    assertThat(countries("مذاکرات بین ایران و عراق دیروز در بغداد آغاز شد."))
        .containsExactly(Set.of("IQ", "IR"));
  }

  @Test
  void travelUnderARuleIsNoVisit() {
    assertThat(
            countries(
                "کوبا هم محدودیت\u200cهای بیشتری در سفر دیپلمات\u200cهای آمریکایی به هاوانا ایجاد"
                    + " کرده است."))
        .isEmpty();
    assertThat(countries("دیپلمات\u200cهای آمریکایی دیروز به هاوانا سفر کردند."))
        .containsExactly(Set.of("CU", "US"));
  }

  @Test
  void anEnvoyServesTheStateHisRoleNames() {
    assertThat(
            countries(
                "چاک هاگل، سناتور جمهوری خواه با محمدجواد ظریف نماینده ایران در سازمان ملل"
                    + " گفت\u200cوگو کرد.",
                "ظریف در سال ۲۰۰۱ در بن با جیمز دابینز فرستاده آمریکا دیدار کرد."))
        .containsExactly(Set.of("IR", "US"), Set.of("IR", "US"));
  }

  @Test
  void aMinistryThatNamesItsStateIsTheStateActing() {
    assertThat(
            countries(
                "مذاکرات کنونی وزارت امور خارجه آمریکا با ایران بر سر اعضای القاعده ادامه دارد."))
        .containsExactly(Set.of("IR", "US"));
    assertThat(
            countries(
                "دولت بوش هیأتی از وزارت امور خارجه برای مذاکره با مقامات سوری به دمشق فرستاد."))
        .allSatisfy(c -> assertThat(c).doesNotContain("IR"));
  }

  @Test
  void whomAnActSupportsIsNoParty() {
    assertThat(
            countries(
                "وزارت امور خارجه اسپانیا در حمایت از رژیم صهیونیستی، سفیر جمهوری اسلامی ایران در"
                    + " مادرید را احضار کرد."))
        .containsExactly(Set.of("ES", "IR"));
  }

  @Test
  void aWorksTitleIsNoEncounter() {
    assertThat(
            countries(
                "اصغر فرهادی با فیلم «چهارشنبه سوری» و مجتبی راعی با فیلم «سفر به هیدالو» نیز در"
                    + " این بخش حضور دارند."))
        .isEmpty();
    assertThat(countries("وزیر امور خارجه ایران دیروز به دمشق سفر کرد."))
        .containsExactly(Set.of("IR", "SY"));
  }

  @Test
  void goodsOfAStateAreNoVisitors() {
    assertThat(
            countries(
                "علی رضا غمگسار مدیر عامل سایپادیزل می\u200cگوید: سال گذشته تعرفه واردات کامیون از"
                    + " ۵۰ درصد به ۲۰ درصد کاهش یافت و خودروهای چینی، روسی و ترکیه\u200cای وارد"
                    + " ایران شدند."))
        .isEmpty();
    assertThat(countries("هیئت چینی دیروز وارد تهران شد.")).containsExactly(Set.of("CN", "IR"));
  }
}
