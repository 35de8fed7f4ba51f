package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' twentieth pass (seventeenth session), from Khabar's output on Hamshahri development
 * files and Fars records outside every gold: sentences of those texts, letters and half-spaces as a
 * reader writes them; each rule beside a sentence it must leave alone.
 */
class EventTwentiethPassRulesTest {
  @Test
  void aVisitNamesItsVisitor() {
    assertThat(
            countries(
                "روز شنبه دو کامیون که از افغانستان وارد پاکستان می\u200cشدند پس از یک درگیری"
                    + " مسلحانه با سرنشینان آنها به تصرف نیروهای دولت درآمد و مشخص شد که حاوی"
                    + " سلاح، موشک انداز و مقادیر زیادی مهمات هستند."))
        .isEmpty();
    assertThat(
            countries(
                "یک گروه شورشی تحت حمایت رواندا نیز در این پیمان حضور دارد گفتنی است که گروه"
                    + " بمبا قبلا به جمهوری آفریقای مرکزی رفته بودند تا به رئیس جمهور آن در سرکوب"
                    + " و تلاش برای کودتا کمک کنند."))
        .isEmpty();
    assertThat(countries("هیات بلندپایه شورای حکومتی عراق راهی ایران شد"))
        .containsExactly(Set.of("IQ", "IR"));
  }

  @Test
  void aPrivatePersonsTripIsNoVisit() {
    assertThat(
            countries(
                "به گزارش ایرنا براساس گزارش این منابع ، جسد این جوان ایلامی که یونس محمدیاری نام"
                    + " داشته و به قصد زیارت عتبات عالیات راهی عراق شده بود با تلاش مسئولان سفارت"
                    + " جمهوری اسلامی در بغداد دیروز به ایران بازگردانده شد."))
        .isEmpty();
    assertThat(
            countries(
                "فرماندار مریوان در ادامه افزود: روز سه\u200cشنبه هفته جاری فرماندار پنجوین عراق نیز"
                    + " در راس هیاتی برای پیگیری مساله تیراندازی وارد مریوان شد و از این واقعه ابراز"
                    + " تاسف کرد."))
        .containsExactly(Set.of("IQ", "IR"));
  }

  @Test
  void aFirmsOfficerActsForTheFirmNotItsCountry() {
    assertThat(
            countries(
                "در پی این مجوز، مدیرعامل شرکت راه آهن شهری تهران و حومه به عنوان کارفرما و"
                    + " مدیرعامل شرکت نورینکوی چین به عنوان پیمانکار، قرارداد احداث خط ۴ مترو"
                    + " تهران را طی مراسمی با حضور شهردار تهران به امضا رساندند."))
        .isEmpty();
    assertThat(
            countries(
                "کنسرسیوم ایرانی با سابیک عربستان وارد مذاکره شد رئیس هیأت مدیره و مدیرعامل"
                    + " کشتیرانی جمهوری اسلامی ایران گفت: کنسرسیوم ایرانی متشکل از کشتیرانی"
                    + " جمهوری اسلامی، شرکت ملی نفتکش و شرکت ملی بازرگانی پتروشیمی برای راه اندازی"
                    + " ناوگان حمل و نقل دریایی مواد شیمیایی مایع با شرکت پتروشیمی سابیک عربستان"
                    + " وارد مذاکره شده است."))
        .isEmpty();
  }

  @Test
  void aPersonNamedAsAFirmsOfficerActsForTheFirm() {
    assertThat(
            events(
                "به گزارش ریانووستی، پس از مذاکرات آلکسی میلر مدیرعامل شرکت گازپروم روسیه با"
                    + " سفیران کشورهای اتحادیه اروپا، شرکت گازپروم اقدام به صدور بیانیه نمود و نسبت"
                    + " به سیاسی کردن عرضه انرژی به کشورهای اروپای غربی شدیدا هشدار داد."))
        .noneMatch(e -> e.type() == Event.Type.TALKS);
  }

  @Test
  void aCapitalsMarketIsNoState() {
    assertThat(
            countries(
                "پیش از این در سال\u200cهای گذشته ایران خودرو مذاکراتی برای ورود به"
                    + " بورس\u200cهای لوکزامبورگ و لندن داشته که تا کنون به نتیجه نرسیده است."))
        .isEmpty();
  }

  @Test
  void aNumberedSessionIsABodysGatheringNotItsHostsEncounter() {
    assertThat(
            countries(
                "«اسکندر مختاری»، مدیر پروژه نجات بخشی ارگ بم در مصاحبه با میراث خبر اظهار داشته"
                    + " است: «ایران در سال ۲۰۰۴ در بیست و هشتمین اجلاس میراث جهانی در سوشون چین،"
                    + " سندی را با عنوان» ارگ بم و عناصر وابسته به آن «برای ثبت جهانی عرضه کرد اما"
                    + " آنچه در این اجلاس به تصویب رسید بم و منظر فرهنگی آن بود که بخش بسیار گسترده"
                    + " تری از سندی را که ایران به یونسکو تحویل داده بود، شامل می‌شد."))
        .isEmpty();
  }

  @Test
  void anAnnualSessionIsABodysGatheringNotItsHostsMeeting() {
    assertThat(
            events(
                "در آستانه سی امین سالگرد تاسیس بانک توسعه اسلامی، برگزاری اجلاس سالانه این بانک"
                    + " در تهران برای صاحبان صنایع کشورمان فرصت کم نظیری است تا علاوه بر مذاکره با"
                    + " مسئولان اقتصادی پنجاه و پنج کشور اسلامی، از تسهیلات این بانک نیز بیش از پیش"
                    + " بهره ببرند."))
        .extracting(Event::type)
        .doesNotContain(Event.Type.MEET);
  }

  @Test
  void aGatheringOfManyToldAgainBareIsThatGathering() {
    assertThat(
            countries(
                "معمر قذافی که پریروز نشست سران اتحادیه عرب را که در غیاب شش تن از آنان برگزار شده"
                    + " بود به حالت اعتراض ترک کرد، اعلام داشت که با برنامه کار کنفرانس مخالف بود"
                    + " زیرا در این شرایط که نیروهای آمریکا یک عضو اتحادیه را اشغال نظامی کرده و"
                    + " عراقی\u200cها را به زشت\u200cترین صورتی شکنجه می\u200cکنند و قتل عام فلسطینی"
                    + " توسط اسرائیل ادامه دارد، در برنامه کار نشست، اولویت را به برنامه مبهم آمریکا"
                    + " به نام «تعمیم دمکراسی در خاورمیانه» داده\u200cاند."))
        .isEmpty();
  }

  @Test
  void aCountryAfterInCountryIsWhereNotASide() {
    assertThat(
            countries(
                "به گزارش روابط عمومی کشتیرانی جمهوری اسلامی ایران، در پی انعقاد قرارداد ساخت ۶"
                    + " فروند کشتی کانتینری بین کشتیرانی جمهوری اسلامی ایران و مجتمع کشتی سازی"
                    + " AKER MTW در کشور آلمان که به منظور نوسازی ناوگان تجاری کشور در سال ۱۳۸۱"
                    + " منعقد گردید، سومین فروند کشتی که حاصل همکاری مشترک ایران و آلمان می‌باشد"
                    + " در بندر عباس پهلو گرفت."))
        .isEmpty();
    assertThat(
            countries(
                "رئیس جمهور کشورمان آقای خاتمی در آخرین سفرش به کشور هند در جلسه‌ای با"
                    + " مقامات این کشور در مقابل درخواست هندی‌ها برای زنده گیری یوزپلنگ آسیایی"
                    + " قول مساعد داده‌اند."))
        .containsExactly(Set.of("IN", "IR"));
  }

  @Test
  void aRegionIsNoEncountersPlace() {
    List<Event> found =
        events(
            "* مسعود بارزانی رهبر حزب دمکرات کردستان عراق در دیدار با خلیل زاد سفیر آمریکا در"
                + " بغداد بر ضرورت برقراری فدراسیون در کردستان عراق و نیز اعتبار زبان کردی به"
                + " عنوان دومین زبان رسمی این کشور تأکید کرد.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).place()).isNull();
    List<Event> trip =
        events(
            "رئیس جمهور امریکا در جلب نظر مثبت این کشورها نسبت به استراتژی جدیدخود و کاهش نفوذ"
                + " ایران در منطقه ، کاندولیزا رایس وزیر امور خارجه خود را راهی خاورمیانه کرده"
                + " است.");
    assertThat(trip).allSatisfy(e -> assertThat(e.place()).isNull());
  }

  @Test
  void aFriendlyGameIsNoMeeting() {
    assertThat(countries("گروه ورزشی: با نزدیک تر شدن به دیدار دوستانه ایران و آلمان")).isEmpty();
    assertThat(
            countries(
                "به گزارش ایرنا، حسن روحانی در دیدار ژاک بارو ضمن تقدیر از کمک های بشردوستانه"
                    + " فرانسه به زلزله زدگان بم روابط دو جانبه را مثبت و ثمره اراده سیاسی دو کشور"
                    + " در این زمینه دانست."))
        .containsExactly(Set.of("FR", "IR"));
  }

  @Test
  void aPaperTalkingWithSomeoneIsAnInterview() {
    assertThat(
            countries(
                "چندی پیش روزنامه عربستانی المدینه با فردی به نام ندیم رابح گفت و گویی داشت که وی"
                    + " تمام ماجرای دستگیری صدام را دروغ ارتش آمریکا خوانده بود."))
        .isEmpty();
  }

  /** A sentence written for this rule (PEYMA shows the kind; it may not be copied). */
  @Test
  void aClauseOfAnotherTimeEndsTheSubjectWhoseCounterpartsItNames() {
    assertThat(
            countries(
                "صدر اعظم آلمان پیش از آنکه با رهبرانی از ایتالیا، فرانسه، انگلیس و اسپانیا دیدار"
                    + " کند، در جریان سفر سه روزه خود به چین با رئیس جمهور این کشور دیدار کرد."))
        .containsExactly(Set.of("DE", "CN"));
  }

  /** Sentences written for this rule. */
  @Test
  void aDatelineInAThirdCountryIsNoEncountersPlace() {
    List<Event> abroad =
        events(
            "به گزارش خبرگزاری فرانسه از پاریس، وزیر امور خارجه آمریکا روز گذشته با همتای ژاپنی"
                + " خود دیدار کرد.");
    assertThat(abroad).hasSize(1);
    assertThat(abroad.get(0).place()).isNull();
    List<Event> home =
        events(
            "به گزارش رویترز از منامه، وزیر امور خارجه آمریکا روز گذشته با پادشاه بحرین دیدار"
                + " کرد.");
    assertThat(home).hasSize(1);
    assertThat(home.get(0).place().id()).isEqualTo("capital-bh");
  }

  /** Sentences written for this rule. */
  @Test
  void aTripToldAsComingAfterIsNoEncountersPlace() {
    List<Event> before =
        events("وزیر امور خارجه ایران پیش از سفر به مسکو با همتای ترکیه\u200cای خود دیدار کرد.");
    assertThat(before).hasSize(1);
    assertThat(before.get(0).place()).isNull();
    List<Event> during = events("وزیر امور خارجه ایران در سفر به مسکو با همتای روس خود دیدار کرد.");
    assertThat(during).hasSize(1);
    assertThat(during.get(0).place().id()).isEqualTo("capital-ru");
  }
}
