package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * Where an organisation's name ends before another phrase of the clause (issue 17): «و» before an
 * act told by an infinitive, a preposition glued to its noun. Sentences written for these rules,
 * none from a corpus.
 */
class OrganisationActEndRulesTest {
  @Test
  void andBeforeAnActToldByAnInfinitiveJoinsNoField() {
    assertThat(
            NamesOf.organisations(
                "بیانیه بر ریشه کن کردن حزب بعث و بنا نهادن پایه\u200cهای نظامی نو تاکید کرد."))
        .containsExactly("حزب بعث");
    assertThat(
            NamesOf.organisations(
                "بحث مربیان تیم ملی فوتبال و دو شغله بودن آنها هنوز تمام نشده است."))
        .containsExactly("تیم ملی فوتبال");
  }

  @Test
  void anInfinitiveIsNoWordOfAName() {
    assertThat(NamesOf.organisations("اداره کردن مدارس دولتی کار دشواری است.")).isEmpty();
    assertThat(
            NamesOf.organisations(
                "روزنامه شیکاگوتریبون پیوستن دوباره افسران به ارتش را گزارش داد."))
        .contains("روزنامه شیکاگوتریبون");
  }

  @Test
  void aNameThatOnlyEndsAsAnInfinitiveEndsNothing() {
    assertThat(NamesOf.organisations("او در دانشکده علوم اقتصادی و سیاسی دانشگاه لندن درس داد."))
        .containsExactly("دانشکده علوم اقتصادی و سیاسی دانشگاه لندن");
    assertThat(NamesOf.organisations("سازمان امداد و نجات استان از مردم خواست در خانه بمانند."))
        .containsExactly("سازمان امداد و نجات استان");
  }

  @Test
  void aPrepositionGluedToItsNounEndsANameAsTheSpacedOneDoes() {
    assertThat(NamesOf.organisations("بنیاد مسکن انقلاب اسلامی درجریان سیل به مردم کمک کرد."))
        .containsExactly("بنیاد مسکن انقلاب اسلامی");
    assertThat(NamesOf.organisations("دادسرای کارکنان دولت برایشان پرونده تشکیل داد."))
        .containsExactly("دادسرای کارکنان دولت");
    assertThat(NamesOf.organisations("بنیاد مسکن انقلاب اسلامی در جریان سیل به مردم کمک کرد."))
        .containsExactly("بنیاد مسکن انقلاب اسلامی");
  }

  @Test
  void aGluedPrepositionNoListHoldsEndsANameUnlessAGivenNameComesBefore() {
    // «درادامه», «درهمایش» are in no list, but «در» before an everyday word opens a phrase
    assertThat(NamesOf.type("وی درادامه گفت که تصمیماتی گرفته شد.", Entity.Type.PERSON)).isEmpty();
    assertThat(NamesOf.type("سید محمد جهرمی درهمایش گفت.", Entity.Type.PERSON))
        .containsExactly("سید محمد جهرمی");
    assertThat(NamesOf.organisations("سازمان بهینه سازی سوخت باتوجه به افزایش مصرف هشدار داد."))
        .containsExactly("سازمان بهینه سازی سوخت");
    // after a given name the same shape is a family name
    assertThat(NamesOf.type("مرضیه بامیری و محمود برآبادی آمدند.", Entity.Type.PERSON))
        .containsExactly("مرضیه بامیری", "محمود برآبادی");
  }

  @Test
  void aPrepositionGluedAfterTheWordBeforeItEndsTheNameAndIsNoPerson() {
    assertThat(NamesOf.organisations("شورای شهردر گفت\u200cوگو با خبرنگاران از طرح جدید دفاع کرد."))
        .isEmpty();
    assertThat(NamesOf.type("وزیر امور اقتصادبا اشاره به بازار گفت.", Entity.Type.PERSON))
        .isEmpty();
    assertThat(NamesOf.type("نماینده مردم شیراز در مجلس گفت.", Entity.Type.PLACE))
        .contains("شیراز");
  }

  @Test
  void aCompoundVerbWrittenWithoutItsSpaceIsNoName() {
    assertThat(
            NamesOf.type("وزیر خارجه سوریه مورد استقبال همتای خود قرارگرفت.", Entity.Type.PERSON))
        .isEmpty();
    assertThat(NamesOf.type("علی قاسمی اظهارداشت که طرح آماده است.", Entity.Type.PERSON))
        .containsExactly("علی قاسمی");
    assertThat(NamesOf.type("تاکشی کیتانو فیلم تازه\u200cاش را نشان داد.", Entity.Type.PERSON))
        .containsExactly("تاکشی کیتانو");
  }

  @Test
  void aFutureWrittenWithoutItsSpaceIsNoName() {
    assertThat(
            NamesOf.type(
                "آفریقای جنوبی امروز میزبان ولادیمیر پوتین رئیس جمهوری روسیه خواهدبود.",
                Entity.Type.PERSON))
        .containsExactly("ولادیمیر پوتین");
    assertThat(NamesOf.organisations("نمایندگان این کشور در اجلاس شرکت نخواهندکرد.")).isEmpty();
    assertThat(NamesOf.organisations("نمایندگان این کشور در اجلاس شرکت خواهدکرد.")).isEmpty();
    // «خواه» words that are no future stay words: «خواهران», «دموکراسی خواهی»
    assertThat(NamesOf.type("فاطمه خواهرزاده به تهران آمد.", Entity.Type.PERSON))
        .containsExactly("فاطمه خواهرزاده");
  }

  @Test
  void theAforementionedBodyIsNoNameAndAPerfectEndsOne() {
    assertThat(NamesOf.organisations("کمیته مزبور خواهان تصویب قانون شد.")).isEmpty();
    assertThat(NamesOf.organisations("شرکت مذکور دارای پیشینه طولانی است.")).isEmpty();
    assertThat(NamesOf.organisations("ماموران پارک ترافیک ایستاده\u200cاند."))
        .containsExactly("پارک ترافیک");
  }

  @Test
  void anAdverbInTanwinEndsANameAndNoFamilyNameInAIsOne() {
    assertThat(NamesOf.organisations("دادگاه قانوناً امکان رسیدگی به این پرونده را ندارد."))
        .isEmpty();
    assertThat(NamesOf.organisations("ستاد مبارزه با مواد مخدر اصولاً وظیفه سیاستگذاری دارد."))
        .containsExactly("ستاد مبارزه با مواد مخدر");
    assertThat(NamesOf.type("علیرضا توانا و محسن سازگارا گفتند.", Entity.Type.PERSON))
        .containsExactly("علیرضا توانا", "محسن سازگارا");
  }

  @Test
  void aPluralWithTheIndefiniteEndingEndsAName() {
    assertThat(NamesOf.type("عباس امیر انتظام گفتگوهایی با مقامات داشت.", Entity.Type.PERSON))
        .containsExactly("عباس امیر انتظام");
    assertThat(NamesOf.organisations("فدراسیون گلف برنامه\u200cهایی برای تابستان دارد."))
        .containsExactly("فدراسیون گلف");
    assertThat(NamesOf.organisations("جبهه رهایی بخش ملی اعلام کرد."))
        .containsExactly("جبهه رهایی بخش ملی");
  }

  @Test
  void aPerfectInTheFirstPersonEndsAName() {
    // Hamshahri development text: «رئیس فدراسیون بوده‌ام», «هادی ایمان داشته‌ام» (Fars)
    assertThat(NamesOf.organisations("من هم رئیس فدراسیون بوده\u200cام و هم عضو هیئت.")).isEmpty();
    assertThat(NamesOf.type("من به هادی ایمان داشته\u200cام.", Entity.Type.PERSON))
        .containsExactly("هادی ایمان");
    assertThat(NamesOf.organisations("با سازمان اسناد و کتابخانه ملی نشسته\u200cام."))
        .containsExactly("سازمان اسناد و کتابخانه ملی");
  }
}
