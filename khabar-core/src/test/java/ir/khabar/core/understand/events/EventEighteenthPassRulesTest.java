package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' eighteenth pass (fifteenth session), from the tune halves and the fresh hamshahri7
 * tune half: sentences of Hamshahri development files, letters and half-spaces as a reader writes
 * them; each rule beside a sentence it must leave alone.
 */
class EventEighteenthPassRulesTest {
  @Test
  void twoOfficialsOfOneCountryMeetingAreNoEncounter() {
    assertThat(
            countries(
                "اما در اوایل شهریور ماه ۱۳۸۱ بود که وزارت امور خارجه مجددا فعال شد، کمال خرازی"
                    + " شخصا به دیدار مهدی کروبی آمد، تا راهی برای بررسی لایحه در مجلس پیدا"
                    + " کنند."))
        .isEmpty();
    assertThat(
            countries(
                "فاطمه حقیقت جو گفت که پس از دیدارش با غلامعلی حداد عادل رئیس فراکسیون اقلیت"
                    + " مجلس و علی اکبر ناطق نوری به این نتیجه رسیده که مخالفین لایحه اجازه طرح"
                    + " آن را در مجلس نخواهند داد."))
        .isEmpty();
    assertThat(
            countries(
                "رئیس فراکسیون اکثریت مجلس ملی فرانسه دیروز با دبیر شورای\u200cعالی امنیت ملی،"
                    + "دیدار و گفت\u200cوگو کرد."))
        .containsExactly(Set.of("FR", "IR"));
  }

  @Test
  void troopsEnteringACityAreNoVisit() {
    assertThat(
            countries(
                "برلین ولی عجله\u200cای برای جواب دادن به این درخواست نداشت و در ماه مه ۱۹۴۱"
                    + " نیروهای انگلیسی وارد بغداد شدند و کودتاچیان متواری شدند."))
        .isEmpty();
    assertThat(
            countries(
                "سفیر ژاپن در ایران که صبح امروز وارد استان آذربایجان غربی شده است در سفر دو"
                    + " روزه خود به شهرهای ماکو، ارومیه، میاندوآب و مهاباد سفر می\u200cکند."))
        .containsExactly(Set.of("IR", "JP"));
  }

  @Test
  void anAccordOfManyStatesIsMultilateral() {
    assertThat(
            countries(
                "در سال ۱۹۷۸ موافقتنامه\u200cای میان دولت\u200cهای بولیوی، برزیل، کلمبیا، اکوادور،"
                    + " گویان، پرو، سورینام و ونزوئلا منعقد گردید که به پیمان آمازون موسوم گردید."))
        .isEmpty();
    assertThat(
            countries(
                "آقای مهاجر گفت: ما شاهد بودیم که دکتر ظریف وزیر امور خارجه، سفرشان را از"
                    + " آذربایجان شروع کرد و سپس به ارمنستان، گرجستان، مسکو، ترکیه سفر کرد و در"
                    + " نهایت در نخجوان توقف داشتند."))
        .isNotEmpty();
  }
}
