package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-second pass (nineteenth session): places that come from another telling or
 * another clause; sentences of the Hamshahri and Fars development texts or written for the rule,
 * each rule beside a case it must leave alone.
 */
class EventTwentySecondPassRulesTest {
  @Test
  void aFarTellingNamingNoOneInCommonGivesNoPlace() {
    // A long analysis (Hamshahri development text): the cleric's trip to Qom, many sentences on,
    // is of the same two states as Kharrazi's meeting with Blair, not where that meeting was.
    assertThat(
            events(
                "جنگ عراق در آن روزها نزدیک می\u200cنمود.",
                "هیچ کس نمی\u200cدانست که جنگ کی آغاز می\u200cشود.",
                "مخالفان صدام در آن روزها بسیار فعال بودند.",
                "کمال خرازی که به تازگی با تونی بلر نخست وزیر انگلستان دیدار کرده بود برای ناجی"
                    + " صبری پیام مهمی داشت.",
                "برخی از مخالفان سال\u200cها در ایران زندگی کرده بودند.",
                "گروهی دیگر در اروپا به سر می\u200cبردند.",
                "سید عبدالمجید خویی رئیس مجلس شیعه نیز در همین زمان از لندن به قم رفت."))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isNull());
    // The lead's telling and the body's are one encounter, however far apart.
    assertThat(
            events(
                "ایران و انگلیس درباره مبارزه با مواد مخدر گفت\u200cوگو کردند.",
                "مواد مخدر از افغانستان به اروپا می\u200cرود.",
                "بیشتر این مواد از مرزهای شرقی عبور می\u200cکند.",
                "هزاران تن از ماموران در این مرزها کشته شده\u200cاند.",
                "سال گذشته صدها تن مواد مخدر کشف شد.",
                "کارشناسان ایران و انگلیس در لندن درباره مبارزه با مواد مخدر گفت\u200cوگو کردند."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("لندن"));
  }

  @Test
  void aTripNamedAfterTheClauseToACountryNoPartyIsPlacesNoEncounter() {
    // Fars development text: Beirut is where the next trip went, not where the visits were.
    assertThat(
            events(
                "ایاد علاوی نخست وزیر موقت عراق تاکنون از کشورهای اردن، مصر و سوریه دیدن کرده است"
                    + " و امروز نیز سفر سه روزه خود را به لبنان آغاز کرد.",
                "او پیش از این در امان، قاهره و دمشق و اکنون در بیروت با خبرنگاران سخن گفته است."))
        .extracting(e -> e.place().name())
        .containsExactly("امان", "قاهره", "دمشق", "بیروت");
    // A trip told before the meeting brought the visitor where the meeting was.
    assertThat(
            events(
                "وزیر خارجه ازبکستان که برای حضور در نشست سازمان همکاری شانگهای به شهر آستانه سفر"
                    + " کرده با همتای پاکستانی خود دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("آستانه"));
  }

  @Test
  void anEncounterHeldToBeSomethingNamingNoOneWhoMetIsNoneTold() {
    // Fars and Hamshahri development texts: the way of talks thought of, no talks told.
    assertThat(
            events(
                "ترامپ و برخی از مشاورانش دیدار و مذاکره با رهبر کره شمالی را دلیل محکمی برای"
                    + " کنار گذاشتن توافق هسته‌ای با تهران می‌دانند."))
        .isEmpty();
    assertThat(
            events(
                "جمهوری اسلامی ایران همچنان مذاکره با اتحادیه اروپا را بهترین مسیر برای حل مساله"
                    + " هسته‌ای می‌داند."))
        .isEmpty();
    // A visit judged with its visitor named, or one within which something was said, was made.
    assertThat(events("سخنگوی وزارت خارجه سفر خاتمی به هند را موفق دانست."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.VISIT));
    assertThat(
            events(
                "رادیو بی بی سی اظهارات وزیر خارجه رژیم صهیونیستی در سفر اخیر خود به آمریکا را"
                    + " دلیل موضعگیری رهبر ایران دانسته است."))
        .anySatisfy(e -> assertThat(e.type()).isEqualTo(Event.Type.VISIT));
  }

  @Test
  void aTripAnInvitationToldAfterItIsForIsNoneMade() {
    // Fars development text: the Brazilian minister invited Zarif; Zarif did not go.
    assertThat(events("وزیر خارجه برزیل از ظریف برای سفر به برزیل دعوت کرد.")).isEmpty();
    assertThat(
            events(
                "رئیس جمهور برزیل در پایان این دیدار از همتای ایرانی خود برای سفر به برازیلیا"
                    + " دعوت کرد."))
        .isEmpty();
    // A readiness or a wish told the same way.
    assertThat(events("وزیر خارجه پاکستان برای مذاکره با همتای هندی خود اعلام آمادگی کرد."))
        .isEmpty();
    assertThat(events("رئیس جمهور روسیه برای سفر به تهران ابراز تمایل کرد.")).isEmpty();
    assertThat(events("وزیر خارجه ایران برای مذاکره با همتای روسی خود به مسکو سفر کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("مسکو"));
    // Invited before, he went: the arrival is told in a clause of its own.
    assertThat(events("ظریف که برای سفر به برزیل دعوت شده بود دیروز وارد برازیلیا شد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("برازیلیا"));
    assertThat(
            events(
                "وزیر خارجه برزیل که به دعوت ظریف به تهران سفر کرده است با رئیس جمهور ایران"
                    + " دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("تهران"));
  }

  @Test
  void aCityToldHostingIsWhereTheEncounterWas() {
    assertThat(events("پکن امروز شنبه میزبان نشست دوجانبه وزیران امور خارجه ژاپن و کره جنوبی بود."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("پکن"));
    // A city a verb follows is where someone came from, not the host.
    assertThat(events("وزیر خارجه ژاپن که دیروز از پکن بازگشت امروز میزبان همتای کره‌ای خود بود."))
        .allSatisfy(e -> assertThat(e.place()).isNull());
  }

  @Test
  void anOfficeInTheWordsFramingASayingIsTheSpeakersNoVisitor() {
    assertThat(
            events(
                "معاون وزیر خارجه ادامه داد: در همین نوروز امسال تعداد زیادی از ایرانیان به باکو"
                    + " سفر کردند و از این جهت مشکلی نداریم."))
        .isEmpty();
    // The speaker's own trip (the verb in the first person), or an office said.
    assertThat(
            events(
                "وزیر کشاورزی توضیح داد: در سفری که چند ماه پیش به روسیه داشتم با مسئولان آن"
                    + " کشور صحبت کردم."))
        .singleElement()
        .satisfies(e -> assertThat(actorIds(e)).contains("country-ir", "country-ru"));
    assertThat(events("معاون وزیر خارجه گفت: هیات ایرانی هفته گذشته به مسکو سفر کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("مسکو"));
  }

  @Test
  void aLetterSignedIsNoAgreement() {
    // Hamshahri and Fars development texts.
    assertThat(
            events(
                "هشت کشور اروپایی که انگلیس، ایتالیا و لهستان هم در آن جای داشتند نامه‌ای را"
                    + " در حمایت از عملیات نظامی آمریکا علیه عراق امضا کردند."))
        .isEmpty();
    assertThat(
            events(
                "در نامه‌ای که به امضای «پل برمر»، حاکم آمریکایی عراق رسیده، آمده است که این"
                    + " نشریه تعطیل می‌شود."))
        .isEmpty();
    // «موافقت نامه» written apart is an agreement; a letter before another object is not its.
    assertThat(events("ایران و روسیه موافقت نامه همکاری را امضا کردند."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.AGREEMENT));
    assertThat(
            events(
                "وزیران خارجه ایران و ترکیه پس از تبادل نامه‌های رسمی، تفاهم‌نامه همکاری"
                    + " امضا کردند."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.AGREEMENT));
  }

  @Test
  void sourcesCloseToTalksAndAPilgrimageTellNoEncounter() {
    // Hamshahri development text: the talks are where the diplomats' words come from.
    assertThat(
            events(
                "دیپلمات‌های اروپایی نزدیک به مذاکرات گفته‌اند، مقامات فرانسوی تمایل دارند"
                    + " به ایران اجازه دهند برنامه محدود غنی سازی را انجام دهد."))
        .isEmpty();
    assertThat(
            events(
                "تا اینجای خبر لابد فکر می\u200cکنید این قتل هم مثل خیلی از انتقادات خشن مردم"
                    + " افغانستان جنبه انتقادی داشته است، مثل قتل رئیس هواپیمایی افغانستان به دست"
                    + " حاجیان عصبانی جا مانده از سفر حج، مثل حمله افغان\u200cهای عصبانی به سفارت"
                    + " پاکستان و حمله دانشجویان بلخ به دفتر سازمان ملل آن هم با چوب و سنگ برای"
                    + " تسلیم نامه\u200cای انتقادی به نماینده سازمان ملل در این شهر!"))
        .isEmpty();
    // A meeting told near a trip stays.
    assertThat(
            events("وزیر خارجه ایران در روزهای نزدیک به سفر خود به مسکو با سفیر روسیه دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.MEET));
  }

  @Test
  void aClauseAskingWhetherTellsNoEncounter() {
    assertThat(events("آیا وزیر خارجه ایران در نشست آتن با همتای آمریکایی خود دیدار کرد؟"))
        .isEmpty();
    // «آیا» in a later clause asks about something else.
    assertThat(
            events(
                "وزیر خارجه ایران دیروز با همتای آمریکایی خود دیدار کرد و خبرنگاران پرسیدند آیا"
                    + " توافقی حاصل شده است."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.MEET));
  }

  @Test
  void anAudienceForThePublicOrARoundAtHomeIsNoEncounter() {
    // Hamshahri development text: the mayor's public audience is no meeting with Japan.
    assertThat(
            events(
                "دکتر محمود احمدی نژاد شهردار تهران روز پنجشنبه در جریان نخستین برنامه بازدید و"
                    + " ملاقات مردمی خود که از منطقه ۱۷ شهر تهران آغاز شد برای حل مشکلات ساکنین"
                    + " منطقه قول داد تا پایان امسال وضعیت آنها را روشن کند.",
                "وی گفت: بنا به گفته کارشناسان ژاپنی که جهت بررسی وضعیت و میزان آسیب پذیری و"
                    + " ایمن سازی شهر تهران در برابر زلزله به تهران سفر کرده بودند منطقه ۱۷ از"
                    + " بالاترین ضریب آسیب پذیری برخوردار است."))
        .noneSatisfy(e -> assertThat(e.type()).isEqualTo(Event.Type.MEET));
    // A meeting told within the round stays.
    assertThat(events("رئیس جمهور در سفر استانی خود به همدان با سفیر ژاپن دیدار کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.MEET));
  }

  @Test
  void aCountrysInfluenceIsAMatterNotAParty() {
    // Fars development text: Rice sent to the Middle East to curb Iran's influence visits no Iran.
    assertThat(
            events(
                "رئیس جمهور آمریکا برای کاهش نفوذ ایران در منطقه، کاندولیزا رایس وزیر امور خارجه"
                    + " خود را راهی خاورمیانه کرده است."))
        .isEmpty();
    assertThat(
            events(
                "وزیر خارجه عراق برای گفت‌وگو درباره نفوذ ترکیه در شمال عراق به تهران سفر"
                    + " کرد."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("تهران"));
  }
}
