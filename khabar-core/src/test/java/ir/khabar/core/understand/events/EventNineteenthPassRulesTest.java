package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' nineteenth pass (sixteenth session), from Khabar's output on Hamshahri development
 * files outside every gold and the tune halves: sentences of those files, letters and half-spaces
 * as a reader writes them; each rule beside a sentence it must leave alone.
 */
class EventNineteenthPassRulesTest {
  @Test
  void anInterviewsTitleIsNoTalks() {
    assertThat(
            countries(
                "گفت\u200cوگو با وزیر امور خارجه فنلاند ما می\u200cدانیم که در روند جاری اصلاحات"
                    + " سیاسی در ایران برخی مسائل و مواد قانونی همچنان نیمه تمام و باز باقی مانده"
                    + " است و ما از نزدیک نظاره گر هستیم مسئله حقوق بشرو وضعیت کنونی ایران از"
                    + " نزدیک مورد توجه و بررسی اتحادیه اروپا است."))
        .isEmpty();
    assertThat(countries("گفت وگوی همشهری با مدیران ایرانی آزاد شده از زندان\u200cهای عراق"))
        .isEmpty();
    assertThat(
            countries(
                "رجب طیب اردوغان نخست وزیر ترکیه جمعه شب در گفت وگویی تلفنی با دکتر محمدرضا"
                    + " عارف معاون اول رئیس جمهور، ضمن اعلام تسلیت دولت و ملت ترکیه به دولت و"
                    + " مردم ایران به مناسبت زلزله، آمادگی کشورش را برای کمک اعلام کرد."))
        .containsExactly(Set.of("IR", "TR"));
  }

  @Test
  void aGameIsToldByPluralsAndByATeamBeaten() {
    assertThat(
            countries(
                "تیم ما در صورت پیروزی بر چین در گروهی به مراتب آسان\u200cتر به دیدار برنده"
                    + " تایلند و قطر می\u200cرود و ازبکستان، ژاپن و کره در دیدار گروه\u200cها تا"
                    + " نیمه نهایی به ما برنمی\u200cخورند."))
        .isEmpty();
    assertThat(
            countries(
                "منابع خبری از جمهوری چک اعلام کردند شهرهای سالزبورگ اتریش و پیونگ یانگ کره"
                    + " جنوبی دیگر شهرهای میزبان این بازی\u200cها بودند."))
        .isEmpty();
    assertThat(countries("در دیداری دیگر شیلی ۲ بر یک مغلوب ونزوئلا شد.")).isEmpty();
    assertThat(
            countries(
                "آیت الله هاشمی رفسنجانی دیروز در دیدار جلال طالبانی رهبر اتحادیه میهنی"
                    + " کردستان عراق با اظهار نگرانی از اوضاع ناامن عراق گفت : اگر فکر اساسی برای"
                    + " جلوگیری از این آسیب پذیری نشود، فاجعه\u200cای برای مردم عراق است ."))
        .containsExactly(Set.of("IQ", "IR"));
  }

  @Test
  void aPrivatePersonsNationalityIsNoSide() {
    assertThat(
            countries(
                "دیپلمات\u200cهای آمریکایی دلایل امنیتی این تدابیر را درک می\u200cکنند، اما"
                    + " می\u200cگویند فراخواندن یک نویسنده ترک یا یک مخالف چینی که دعوتنامه\u200cای"
                    + " برای سفر به آمریکا دارد و گفتن اینکه: «اول باید به سفارت بیایید و انگشت"
                    + " نگاری شوید!"))
        .isEmpty();
    assertThat(
            countries(
                "مقامات ایران در سفر سوم ناجی صبری سعی کردند به غیر از بحرانی که دامنگیر منطقه"
                    + " شده مسائل باقی مانده از زمان جنگ را نیز مطرح کنند که با توجه به زندانی"
                    + " بودن دو دانشجوی ایرانی در کربلا انتظار می\u200cرفت فوری\u200cترین حاصل آن"
                    + " آزادی این دو نفر باشد."))
        .containsExactly(Set.of("IQ", "IR"));
  }

  @Test
  void organisationsAloneHoldNoEncounter() {
    assertThat(
            events(
                "به گزارش فارس به نقل از خبرگزاری آلمان، در نشست بعد از ظهر روز گذشته سازمان ملل"
                    + " متحد به وقت محلی از مجموع ۱۹۲ کشور عضو، ۱۸۰ کشور به ناظر بودن اتحادیه"
                    + " اروپا در این سازمان رای مثبت دادند."))
        .isEmpty();
    assertThat(
            events(
                "۵- قدر مسلم آن است که چند ماه مذاکره با آژانس و همکاری با اروپایی\u200cها و"
                    + " اعطای امتیازات بسیار مهمی همچون تعلیق داوطلبانه غنی سازی اورانیوم، پذیرش"
                    + " امضای الحاقیه و پایبندی پیش از موعد به آن و ."))
        .isEmpty();
    assertThat(
            countries(
                "بر اساس این گزارش، محمدالبرادعی رییس آژانس بین المللی انرژی اتمی در سفر هفته"
                    + " گذشته خود به تهران برای کسب مجوز ایران در خصوص انجام فوری بازرسی\u200cهای"
                    + " جدی\u200cتر از برنامه مظنون این کشور، ناکام شد."))
        .containsExactly(Set.of("IR"));
  }

  @Test
  void aVisitOfThreeStatesNamingNoOneIsNone() {
    assertThat(
            countries(
                "در هفته\u200cهای گذشته قراردادهای متعددی در تهران امضا شد که یک طرف آن"
                    + " شرکت\u200cهای خارجی حضور داشتند؛ از ژاپنی\u200cها گرفته تا نروژی\u200cها و"
                    + " هندی\u200cها، سفرهای مهمی هم صورت گرفت که درصدر آنها سفر وزرای انرژی هند،"
                    + " کره جنوبی و نروژ قرار داشت."))
        .isEmpty();
    assertThat(countries("- هیات بلندپایه شورای حکومتی عراق راهی ایران شد"))
        .containsExactly(Set.of("IQ", "IR"));
  }

  @Test
  void aSigningTalkedAboutIsNoneTold() {
    assertThat(
            countries(
                "علی اکبر صالحی با بیان این که بازرسان آژانس می\u200cتوانند از تجهیزات مذکور بازدید"
                    + " کنند گفت: ایران به قولی که درباره امضای پروتکل الحاقی معاهده منع گسترش"
                    + " سلاح هسته\u200cای داده است، پایبند است."))
        .isEmpty();
    assertThat(
            countries(
                "به گزارش خبرگزاری رویتر، پوتین بعد از گفتگو با سیلویو برلوسکنی نخست وزیر ایتالیا"
                    + " در این کشور به خبرنگاران گفت: ما پیش نویس قطعنامه سازمان ملل را تهیه"
                    + " کرده\u200cایم و درباره آن من با گرهارد شرودر صدر اعظم آلمان گفتگو"
                    + " کرده\u200cام و ایگور ایوانف وزیر خارجه با همتای آمریکایی خود تبادل نظر کرده"
                    + " است."))
        .contains(Set.of("IT", "RU"), Set.of("DE", "RU"));
  }

  @Test
  void anEncounterWishedIsNoneTold() {
    assertThat(
            countries(
                "خبرگزاری فارس: دبیر کل اتحادیه عرب از تمایل عربستان سعودی برای میزبانی نشست"
                    + " سران عرب در سال ۲۰۰۷ خبر داد."))
        .isEmpty();
    assertThat(
            countries(
                "جیمی کارتر در رأس هیاتی برای نظارت بر انتخابات ریاست تشکیلات خودگردان فلسطین"
                    + " که فردا برگزار می\u200cشود، وارد فلسطین شده است."))
        .containsExactly(Set.of("PS", "US"));
  }

  @Test
  void countriesListedWhereAFirmSignsAreNoSides() {
    assertThat(
            countries(
                "با این حال، رقیب اصلی آن بی پی قراردادهای بزرگی در روسیه، مصر، آنگولا،"
                    + " آذربایجان، کارائیب و جاهای دیگر امضا کرده است."))
        .isEmpty();
    assertThat(
            countries(
                "به گزارش فارس و به نقل از خبرگزاری شین هوا، در گفت وگوهای انجام شده در"
                    + " روزهای شنبه و یکشنبه در پاریس، انگلیس، فرانسه و آلمان به توافق موقت با"
                    + " تهران برای تعلیق فعالیت\u200cهای غنی سازی اورانیوم رسیدند."))
        .contains(Set.of("GB", "IR"), Set.of("FR", "IR"), Set.of("DE", "IR"));
  }

  @Test
  void oneSentenceTellsOneVisitOfTwoStatesOnce() {
    assertThat(
            countries(
                "نخست وزیر موقت عراق تاکنون از کشورهای اردن، مصر و سوریه دیدن کرده است و امروز"
                    + " نیز سفر سه روزه خود را به لبنان را آغاز کرد."))
        .containsExactlyInAnyOrder(
            Set.of("IQ", "JO"), Set.of("EG", "IQ"), Set.of("IQ", "SY"), Set.of("IQ", "LB"));
    assertThat(
            events(
                "روز اول که این معاهده در دفتر سازمان ملل در نیویورک امضا شد، نماینده ایران آن"
                    + " را امضا کرد."))
        .hasSize(1);
  }

  @Test
  void aBanksNationalityIsNoSide() {
    assertThat(
            countries(
                "احمدی نژاد افزود: درصورت تصویب شورای شهر، براساس توافقات به عمل آمده میان"
                    + " شهرداری و یک بانک آلمانی مقرر شده که این بانک ۲۵ میلیون دلار وام جهت"
                    + " تجهیز ناوگان تاکسیرانی و اتوبوسرانی به سیستم مکانیزه در اختیار شهرداری"
                    + " قرار دهد."))
        .isEmpty();
    assertThat(
            countries(
                "در سال ۱۹۸۳ میان ایالات متحده و مکزیک موافقتنامه\u200cای در مورد همکاری در رفع"
                    + " مشکلات زیست محیطی در ناحیه مرزی میان دو کشور منعقد گردید."))
        .containsExactly(Set.of("MX", "US"));
  }
}
