package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-sixth pass (twenty-first session): precision on ordinary news; sentences of
 * the Hamshahri and Fars development texts or written for the rule, each rule beside a case it must
 * leave alone.
 */
class EventTwentySixthPassRulesTest {
  @Test
  void aMeetingTalksOrVisitWhoseClauseNamesNoOneBorrowsNoParties() {
    // Hamshahri development text: a counterfactual session; the agency is in the condition.
    assertThat(
            events(
                "کمال خرازی وزیر امور خارجه ایران دیروز به خبرنگاران گفت: قطعنامه جدید نتیجه"
                    + " فشار آمریکاست.",
                "وی گفت: اگر آژانس به جنبه\u200cهای فنی مسئله پرداخته بود، این پرونده باید در"
                    + " اجلاس اخیر بسته می\u200cشد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
    // Hamshahri development text: fighters who went to Iraq, as America says; no one's visit.
    assertThat(
            events(
                "این گروه\u200cها شامل گروه\u200cهای ناراضی همچون اعضای سابق حزب بعث صدام، مبارزان"
                    + " مسلمان خارجی، که آمریکا می\u200cگوید از طریق خاک سوریه به عراق"
                    + " رفته\u200cاند، عراقی\u200cهای بیکار و تندروهای مذهبی می\u200cشود."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
    // Fars development text: South Korea's own security council, after the Board's concern.
    assertThat(
            events(
                "دولت کره جنوبی امروز پس از آن که اعضای شورای حکام آژانس بین\u200cالمللی انرژی"
                    + " اتمی نگرانی عمیق خود را نسبت به فعالیت\u200cهای هسته\u200cای کره جنوبی"
                    + " اعلام کردند، نشست امنیت ملی برگزار کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
  }

  @Test
  void aClauseNamingAnOfficeOrAnAgreementKeepsItsParties() {
    // Written: an envoy the recogniser does not name is still someone met, after «و یا».
    assertThat(
            events(
                "ظریف در سال ۲۰۰۳ سه بار با زلمای خلیل زاد که در آن زمان کارمند شورای امنیت ملی"
                    + " آمریکا بود و یا سفیر ریان کروکز دیدار کرد."))
        .filteredOn(e -> e.type() == Event.Type.MEET)
        .isNotEmpty();
    // Fars development text: an agreement concluded by the sentence's subject.
    assertThat(events("ایران و پاکستان در سال ۱۹۹۵، توافقی برای ساخت این خط لوله به امضا رساندند."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.AGREEMENT));
  }

  @Test
  void aSessionToldOfOnePartyAloneIsItsOwn() {
    // Hamshahri development text: Iraq's council's first session; the UN official announced it.
    assertThat(
            events(
                "یک مقام سازمان ملل دیروز اعلام کرد: اولین نشست شورای حکومت انتقالی عراق، اولین"
                    + " ارگان اجرایی این کشور پس از سقوط صدام، امروز تشکیل خواهد شد."))
        .isEmpty();
  }

  @Test
  void aSessionNamingItsOtherSideInItsClauseStays() {
    // Hamshahri development text: the session names both states.
    assertThat(
            events(
                "در نشست گروه مشاوران دفاعی پاکستان و آمریکا در اسلام آباد، موافقت شد که توانایی"
                    + " سلاح‌های متعارف پاکستان افزایش یابد."))
        .filteredOn(e -> e.type() == Event.Type.MEET)
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("اسلام‌آباد"));
    // Written: a trip to the two states' session, told before the meeting in the same sentence.
    assertThat(
            events(
                "محمد ستاری‌فر که برای شرکت در نشست اقتصادی دو کشور به چین سفر کرده است، در"
                    + " دیدار با رییس جمهور این کشور گفت: ایران روابط خود را گسترش می‌دهد."))
        .isNotEmpty();
  }

  @Test
  void anEncounterAfterDarKhososIsWhatIsToldOf() {
    // Hamshahri development text: unofficial news of meetings, no meeting told.
    assertThat(
            events(
                "محسن رضایی دبیر مجمع تشخیص مصلحت نظام در کنفرانس آتن شرکت کرد.",
                "به دنبال آن اخبار غیررسمی در خصوص انجام ملاقات‌هایی با مقامات آمریکایی در"
                    + " حاشیه این کنفرانس از سوی سایت‌های خبری منتشر شد."))
        .isEmpty();
    // Hamshahri development text: a letter on the Board's session.
    assertThat(
            events(
                "متن کامل نامه علی لاریجانی چنین است: جناب آقای البرادعی مدیرکل محترم آژانس"
                    + " با احترام لازم می‌دانم نکاتی را در خصوص اجلاس اضطراری دوم فوریه شورای"
                    + " حکام آژانس به اطلاع برسانم."))
        .isEmpty();
    // Written: what the talks were about comes after them; the talks were held.
    assertThat(
            events(
                "وزیران خارجه ایران و ترکیه دیروز در تهران در خصوص مسائل منطقه گفت‌وگو"
                    + " کردند."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.TALKS));
  }

  @Test
  void anEncounterAnImpersonalCanGovernsIsWeighedNotTold() {
    // Hamshahri development text: a rhetorical question.
    assertThat(
            events(
                "محمد خاتمی رئیس جمهور دیروز در جمع دانشجویان سخنرانی کرد.",
                "وی افزود: آمریکا با این خط مشی می‌خواهد ایران را براندازد، پس چگونه"
                    + " می‌توان مذاکره کرد؟"))
        .isEmpty();
    // Hamshahri development text: the signing is told in a relative clause the modal does not
    // govern.
    assertThat(
            events(
                "شاید بتوان بیانیه مشترکی را که چهار روز پیش ایران، پاکستان و افغانستان در"
                    + " نیویورک امضا کردند، مقدمه‌ای بر این روش دانست."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.AGREEMENT));
  }

  @Test
  void anEncounterWhoseClauseOpensWithAFirmOrFederationIsNoStates() {
    // Hamshahri development text: a federation's talks with two states are no talks between them.
    assertThat(
            events(
                "سرانجام ضرورت بازسازی پیست دوچرخه سواری ورزشگاه آزادی توسط مسوولان احساس شد.",
                "لذا فدراسیون دوچرخه سواری در حال مذاکره با دو کشور اوکراین و سوئیس برای برگزاری"
                    + " مناقصه عظیم بازسازی پیست دوچرخه سواری آزادی است."))
        .isEmpty();
    // Written: a state's ministers, not a firm, open the clause.
    assertThat(
            events(
                "وزیران خارجه ایران و ترکیه دیروز در تهران درباره قرارداد شرکت‌های دو کشور"
                    + " دیدار کردند."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.MEET));
  }
}
