package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-seventh pass (twenty-first session, second pass): the actors of events on
 * ordinary news; sentences of the Hamshahri development text or written for the rule, each rule
 * beside a case it must leave alone.
 */
class EventTwentySeventhPassRulesTest {
  @Test
  void anEncounterWhoseSubjectIsAPrivateBodyAcrossARelativeClauseIsNone() {
    // Hamshahri development text: Shell's talks; China is named in the clause before.
    assertThat(
            events(
                "با جدی شدن حضور چین در حوزه بزرگ نفتی یادآوران که دو شرکت نفتی این کشور دوم"
                    + " مصرف کننده انرژی در جهان به شدت علاقمند به حضور در طرح توسعه آن است، بحث"
                    + " حضور یک شریک خارجی در این طرح نیز داغ شده و نمایندگان شرکت شل که از مدتی"
                    + " پیش به حضور در این طرح ابراز تمایل کرده بود مذاکراتی با طرفهای ایرانی"
                    + " انجام داده\u200cاند."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
    // Hamshahri development text: two universities' contract, told in a relative clause.
    assertThat(
            events(
                "دانشگاه «مرسین» دانشگاهی کوچک و نوپا در جنوب شرقی کشور ترکیه است که چند سال پیش"
                    + " با دانشگاه «پادربورن» آلمان قرارداد همکاری در زمینه تبادل دانشجویان و"
                    + " اساتید رشته شیمی منعقد کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
  }

  @Test
  void anEncounterAfterAStatesOwnRelativeClauseStays() {
    // Written: the minister's head before «که» is no private body (the trip and meeting are one).
    assertThat(
            events(
                "کمال خرازی وزیر امور خارجه ایران که هفته گذشته به مسکو رفته بود، دیروز با سرگئی"
                    + " لاوروف وزیر امور خارجه روسیه دیدار کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .anySatisfy(
            e -> assertThat(e.actors()).anySatisfy(a -> assertThat(a.name()).contains("لاوروف")));
    // Written: a state's minister's contract told in a relative clause after the state.
    assertThat(
            events(
                "وزیر نفت ایران در تهران است که دیروز با وزیر نفت ترکیه قرارداد همکاری گازی"
                    + " امضا کرد."))
        .filteredOn(e -> e.type() == Event.Type.AGREEMENT)
        .isNotEmpty();
  }

  @Test
  void aListOfAdjectivesUnderAPrivateHeadNamesNoStates() {
    // Hamshahri development text: a scholar's talks with professors of three countries.
    assertThat(
            events(
                "زیبا کلام درباره نشست‌های حاشیه کنفرانس اظهار داشت: «جلسات خاصی در حاشیه"
                    + " کنفرانس برگزار نشده اما در مواقع تنفس، ناهار و شام، گفت وگوهایی بین بنده"
                    + " و آقای رضایی با اساتید فلسطینی، عراقی و مصری در مورد مباحث کنفرانس انجام"
                    + " شد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
    // Written: officials of two states, listed the same way, are parties.
    assertThat(events("وزیر امور خارجه ایران دیروز در تهران با مقامات عراقی و مصری گفت‌وگو کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .anySatisfy(
            e -> assertThat(e.actors()).anySatisfy(a -> assertThat(a.name()).isEqualTo("مصر")));
  }

  @Test
  void anEncounterWithPrisonersOrTheirFamiliesIsNone() {
    // Hamshahri development text: Washington opposed the UN inspectors' talks with prisoners.
    assertThat(
            events(
                "در تازه‌ترین این موارد، واشنگتن با دسترسی بازرسان حقوق بشر سازمان ملل به"
                    + " زندان گوانتانامو و گفت‌وگو با زندانیان این زندان مخالفت کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
    // Fars development text: the Red Cross's visits to prisoners, in a researcher's statement.
    assertThat(
            events(
                "پژوهشگر بحرینی در پایان بیانیه خود از صلیب سرخ جهانی که مسئول برنامه"
                    + " ملاقات‌های اسرا است خواست به مسئولیت خود در برخورد با این رفتار رژیم"
                    + " صهیونیستی علیه خانواده اسرا عمل کند و از آنها در جریان ملاقات با اسرا حمایت"
                    + " به عمل آورد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
  }

  @Test
  void talksWithAStatesOfficialsStayBesideAPrisonersWord() {
    // Written: talks with an envoy about prisoners; the prisoners are the topic, not the side.
    assertThat(
            events(
                "وزیر امور خارجه ایران دیروز در تهران با سفیر عراق درباره زندانیان گفت‌وگو"
                    + " کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isNotEmpty();
  }

  @Test
  void talksListedAmongOptionsAreWeighed() {
    // Fars development text (fars10 tune's false alarm): talks as the last of three options.
    assertThat(
            events(
                "همچنان بر این باوریم آمریکا دشمن درجه یک ما است و این دشمن از بین سه"
                    + " گزینه‌ای که اعم از حمله نظامی، تشدید تحریم‌ها و تهدیدها و"
                    + " مذاکره با ایران پیشنهاد کرده بیشتر به دنبال نفود به جمهوری اسلامی ایران"
                    + " است."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .isEmpty();
    // Written: a verb ends the options' list; the talks after it are told.
    assertThat(
            events(
                "آمریکا همه گزینه‌ها را بررسی کرد و وزیر امور خارجه ایران دیروز در ژنو با"
                    + " وزیر امور خارجه آمریکا مذاکره کرد."))
        .filteredOn(e -> e.type() == Event.Type.TALKS)
        .isNotEmpty();
  }

  @Test
  void whatEntersSmuggledIsNoVisit() {
    // Hamshahri development text: smuggled goods; Putin is named in the article's first line.
    assertThat(
            events(
                "ولادیمیر پوتین رئیس جمهور روسیه پارسال گفته بود این کالاها را نمی‌فرستد.",
                "البته می‌دانند به شکل قاچاق وارد ایران شده ولی چون او نیاورده و از بازار که"
                    + " اعتبار دارد، تهیه کرده، اشکالی ندارد."))
        .filteredOn(e -> e.type() == Event.Type.VISIT)
        .isEmpty();
    // Written: a minister entering the country, with the smuggling as the topic after it.
    assertThat(
            events(
                "وزیر کشور افغانستان دیروز وارد تهران شد تا درباره مبارزه با قاچاق مواد مخدر"
                    + " گفت‌وگو کند."))
        .filteredOn(e -> e.type() == Event.Type.VISIT)
        .isNotEmpty();
  }
}
