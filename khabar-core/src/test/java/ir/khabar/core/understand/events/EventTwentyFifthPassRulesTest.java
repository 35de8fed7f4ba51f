package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-fifth pass (twentieth session, second pass): the encounters themselves, kinds
 * read on the fresh Fars tune halves; sentences of the development texts or written for the rule,
 * each rule beside a case it must leave alone.
 */
class EventTwentyFifthPassRulesTest {
  @Test
  void aTripToAGatheringItsNameCallsInternationalIsNoVisitToItsHost() {
    // Written for the rule: a conference, a congress, a meeting of an international network.
    assertThat(events("وزیر نیرو برای شرکت در کنفرانس بین\u200cالمللی انرژی به نروژ سفر کرد."))
        .isEmpty();
    assertThat(events("وزیر نیرو برای شرکت در همایش بین المللی انرژی به نروژ سفر کرد.")).isEmpty();
    assertThat(
            events(
                "وزیر ارشاد برای شرکت در نشست شبکه بین\u200cالمللی سیاست\u200cهای فرهنگی به"
                    + " اسپانیا سفر کرد."))
        .isEmpty();
    // A trip to a conference not called international, and one to meet a state, stay visits.
    assertThat(events("وزیر نیرو برای شرکت در کنفرانس انرژی دو کشور به نروژ سفر کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.VISIT));
    assertThat(events("وزیر نیرو برای دیدار با همتای نروژی خود به نروژ سفر کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isNotEqualTo(Event.Type.STATEMENT));
  }

  @Test
  void aCredentialsCeremonyIsAMeetingOfTheEnvoyAndTheHead() {
    // Hamshahri and Fars development texts: the head of state receives the new envoy's credentials.
    assertThat(
            events(
                "محمود احمدی\u200cنژاد به هنگام دریافت استوارنامه سفیر جدید برزیل در تهران، روابط"
                    + " دو کشور را دیرینه دانست."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(Event.Type.MEET);
              assertThat(e.place()).isNull(); // Tehran is the envoy's post
            });
    assertThat(events("سفیر جدید ایران در مسکو استوارنامه خود را تقدیم پوتین کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.MEET));
    // Set for tomorrow, or a copy received by a ministry with no one of the other side: none.
    assertThat(events("سفیر جدید ایران در مسکو استوارنامه خود را فردا تقدیم پوتین خواهد کرد."))
        .isEmpty();
    assertThat(events("وزارت خارجه اعلام کرد که رونوشت استوارنامه سفیر جدید آلمان دریافت شد."))
        .isEmpty();
  }

  @Test
  void talksToBeContinuedAreNotTalksUnderWay() {
    // Written for the rule: a delegation, a minister, set to go «برای ادامه مذاکرات».
    assertThat(
            events(
                "هیاتی از کارشناسان وزارت نفت ایران هفته آینده برای ادامه مذاکرات خط لوله گاز"
                    + " وارد دهلی نو خواهد شد."))
        .isEmpty();
    assertThat(
            events(
                "وزیر نفت ایران برای ادامه مذاکرات با همتای هندی خود فردا به دهلی نو خواهد رفت."))
        .isEmpty();
    // Fars development text: an invitation called a step «برای ادامه مذاکرات این کشورها».
    assertThat(
            events(
                "به گفته این منبع، دعوت رئیس جمهوری تاجیکستان از همتایان خود برای شرکت در نشست"
                    + " سران سازمان همکاری شانگهای که در شهریورماه امسال در شهر دوشنبه برگزار"
                    + " می\u200cشود و در حاشیه این نشست تشکیل دور جدید مذاکرات چهارجانبه، اقدام"
                    + " موثر برای ادامه مذاکرات این کشورها است."))
        .isEmpty();
    // Talks whose continuing is told are under way.
    assertThat(events("ادامه مذاکرات ایران و تاجیکستان در دوشنبه آغاز شد."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.TALKS));
  }

  @Test
  void aGamesLegIsAGameNotAMeeting() {
    // Hamshahri development text: «دیدار رفت پلی آف», the first leg of a play-off.
    assertThat(
            events(
                "سخنگوی فیفا به روزنامه سان هرالد گفت این فدراسیون یک ناظر امنیتی را برای دیدار"
                    + " رفت پلی آف در روز ۱۲ نوامبر به اروگوئه فرستاد."))
        .isEmpty();
    // «رفت» after the one met is the visitor's going.
    assertThat(events("وزیر خارجه ایران برای دیدار با همتای روس خود به مسکو رفت."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("مسکو"));
  }

  @Test
  void aTalkWithANewsUnitIsAnInterview() {
    // Hamshahri development text (as written there, «خبردر» run together): an interview on the
    // phone with IRIB's central news unit, no talks with Germany.
    assertThat(
            events(
                "علی اکبر صالحی نماینده دائم جمهوری اسلامی ایران در آژانس بین المللی انرژی اتمی"
                    + " گزارش البرادعی را مثبت ارزیابی کرد.",
                "صالحی در گفتگوی تلفنی با واحد مرکزی خبردر برلین افزود: در گزارش البرادعی بر صلح"
                    + " آمیز بودن فعالیتهای هسته ای ایران تاکید شده است."))
        .isEmpty();
    // Talks with a counterpart are talks.
    assertThat(
            events(
                "علی\u200cاکبر صالحی نماینده ایران در آژانس در گفتگو با همتای آلمانی خود در برلین"
                    + " درباره گزارش البرادعی رایزنی کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.TALKS));
  }

  @Test
  void aMerchantIsNoStateAsMerchantsAreNot() {
    // Written for the rule (hamshahri4 tune's private meeting «با … تاجر ایرانی در پاریس»).
    assertThat(events("یک مقام آمریکایی هفته گذشته با یک تاجر ایرانی در پاریس دیدار کرد."))
        .isEmpty();
    assertThat(events("یک مقام آمریکایی هفته گذشته با یک بازرگان ایرانی در پاریس دیدار کرد."))
        .isEmpty();
    // A diplomat acts for his state.
    assertThat(events("یک مقام آمریکایی هفته گذشته با یک دیپلمات ایرانی در پاریس دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("پاریس"));
  }

  @Test
  void aJointCommissionsSessionIsOfTheStatesItsNameJoins() {
    // Written for the rule: the recogniser reads the commission as one organisation.
    assertThat(events("اجلاس کمیسیون مشترک اقتصادی ایران و چین دیروز در پکن برگزار شد."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actors())
                  .extracting(Event.Actor::id)
                  .contains("country-ir", "country-cn");
              assertThat(e.place().name()).isEqualTo("پکن");
            });
    // Hamshahri development text: a parliament's joint commission is of no two states.
    assertThat(
            events(
                "لایحه تشکیل سازمان میراث فرهنگی و گردشگری در آخرین نشست کمیسیون مشترک مجلس شورای"
                    + " اسلامی تصویب شد."))
        .isEmpty();
  }
}
