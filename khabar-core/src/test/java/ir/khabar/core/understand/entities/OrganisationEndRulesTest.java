package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * Where an organisation's name ends before the words of its clause: a place, a list of fields, the
 * start of another noun phrase (issue 17, the names PEYMA's tune half found too long or too short).
 */
class OrganisationEndRulesTest {
  @Test
  void aPlaceThatReadsAsAVerbsStemStillEndsTheName() {
    // چین is also the present stem of چیدن: read as the second part of «گمرک چین» it let the name
    // run on through the clause's subject
    assertThat(
            NamesOf.organisations(
                "بر اساس گزارش اداره گمرک چین سطح صادرات کالا در ماه مارس افزایش یافت."))
        .containsExactly("اداره گمرک چین");
  }

  @Test
  void aListOfFieldsHoldsPlainWordsOnlyUpToItsAnd() {
    // the comma after a body ends the name when a preposition or a name comes before the «و»
    assertThat(
            NamesOf.organisations(
                "دیدار رسمی در معاونت زنان و خانواده ریاست جمهوری ، سفر به قم و بازدید از حرم"))
        .contains("معاونت زنان و خانواده ریاست جمهوری");
    assertThat(NamesOf.organisations("رئیس وزارت صنعت، معدن و تجارت گفت."))
        .containsExactly("وزارت صنعت، معدن و تجارت");
  }

  @Test
  void aWordDatingTheBodyEndsItsNameAndAloneNamesNone() {
    // «سابق», «کنونی»: the body it was or is, not a part of its name
    assertThat(NamesOf.organisations("مدیرعامل شرکت فولاد مبارکه سابق در دادگاه حاضر شد."))
        .containsExactly("شرکت فولاد مبارکه");
    assertThat(NamesOf.organisations("اعضای انجمن صنفی نانوایان کنونی استعفا دادند."))
        .containsExactly("انجمن صنفی نانوایان");
    // after a head alone, any body the person was or is in
    assertThat(NamesOf.organisations("این بازیکن از تیم سابق خود شکایت کرد.")).isEmpty();
    assertThat(NamesOf.organisations("باشگاه فعلی او پیشنهاد تمدید داد.")).isEmpty();
  }

  @Test
  void anAdverbAQuantifierOrAnOrdinalOpensAnotherPhrase() {
    assertThat(NamesOf.organisations("ترفند فدراسیون فوتبال بازهم جواب نداد."))
        .containsExactly("فدراسیون فوتبال");
    assertThat(NamesOf.organisations("مدیرعامل شرکت زیرساخت تمام تلاشم را می کنم."))
        .containsExactly("شرکت زیرساخت");
    assertThat(
            NamesOf.organisations(
                "امروز تیم فوتبال سیاه جامگان خراسان چهاردهمین بازی را انجام داد."))
        .containsExactly("تیم فوتبال سیاه جامگان خراسان");
    // the ordinal of an event the body serves is part of its name
    assertThat(NamesOf.organisations("به گزارش روابط عمومی بیست و دومین جشنواره بین المللی فیلم"))
        .containsExactly("روابط عمومی بیست و دومین جشنواره بین المللی فیلم");
  }

  @Test
  void aWeekdayWrittenApartEndsTheName() {
    // «سه شنبه»: the number before the time word is the weekday's, not the committee's
    assertThat(NamesOf.organisations("جلسه ای به رای صادره از سوی کمیته اخلاق سه شنبه برگزار شد."))
        .contains("کمیته اخلاق");
  }

  @Test
  void mondayAfterABodyIsTheDayNotDushanbe() {
    // «دوشنبه» is also Tajikistan's capital: after a body it is the day the body spoke, as it is
    // alone, unless the text says it is the city
    assertThat(NamesOf.organisations("خبرگزاری رویترز دوشنبه اعلام کرد که مذاکرات ادامه دارد."))
        .containsExactly("خبرگزاری رویترز");
    assertThat(NamesOf.organisations("دانشگاه تهران دوشنبه میزبان این همایش بود."))
        .containsExactly("دانشگاه تهران");
    assertThat(NamesOf.organisations("رادیو بی\u200cبی\u200cسی دوشنبه گزارش داد."))
        .containsExactly("رادیو بی\u200cبی\u200cسی");
  }

  @Test
  void aNameListedWithHalfSpacesIsFoundSpaced() {
    // «ان» alone is a function word, which no name read across words may end with; the list writes
    // CNN with half-spaces exactly where the text puts spaces
    assertThat(NamesOf.organisations("خبرنگار شبکه تلویزیونی سی ان ان گفت که مذاکره ادامه دارد."))
        .containsExactly("شبکه تلویزیونی سی ان ان");
    String alone = "سی ان ان گزارش داد که مذاکره ادامه دارد.";
    assertThat(NamesOf.organisations(alone)).containsExactly("سی ان ان");
    assertThat(NamesOf.ids(alone, Entity.Type.ORGANISATION)).containsExactly("org-us-cnn");
    // two common words spaced are a phrase as often: «آب بر پایه» is no town آب\u200cبر
    assertThat(NamesOf.type("استفاده بهینه از آب بر پایه الگوی مصرف است.", Entity.Type.PLACE))
        .isEmpty();
    // no name is listed with a break there: «را بر» is not رابر
    assertThat(NamesOf.ids("این را بر او تحمیل کرد و نیز گفت.", Entity.Type.values())).isEmpty();
  }

  @Test
  void aListedOutletWithWordsDescribingItsHeadIsTheListedOutlet() {
    // «شبکه خبری الجزیره» is the listed «شبکه الجزیره», «شبکه تلویزیونی سی ان ان» the listed CNN
    assertThat(NamesOf.ids("شبکه خبری الجزیره گزارش داد.", Entity.Type.ORGANISATION))
        .containsExactly("org-qa-aljazeera");
    assertThat(NamesOf.ids("شبکه تلویزیونی سی ان ان گزارش داد.", Entity.Type.ORGANISATION))
        .containsExactly("org-us-cnn");
    // words that name no listed outlet stay a body of their own
    assertThat(NamesOf.organisations("شبکه خبری مستقل گزارش داد."))
        .containsExactly("شبکه خبری مستقل");
  }

  @Test
  void anArticleOfTheLawTakesItsNumberAndHavingEndsTheName() {
    assertThat(NamesOf.organisations("رئیس کمیسیون اصل ۹۰ مجلس گفت."))
        .containsExactly("کمیسیون اصل ۹۰ مجلس");
    assertThat(NamesOf.organisations("کمیسیون ماده ۵ جلوی ادامه فعالیت آن را گرفت."))
        .containsExactly("کمیسیون ماده ۵");
    assertThat(NamesOf.organisations("سایت دانشگاه تهران دارای امکانات محدودی است."))
        .containsExactly("دانشگاه تهران");
  }

  @Test
  void twoCountriesAfterABodyOfOneStateAreTwoBodies() {
    // a state has one army, ministry or senate: «و» and a second country name a second body
    assertThat(NamesOf.organisations("ارتش ایران و عراق هشت سال جنگیدند."))
        .containsExactly("ارتش ایران");
    assertThat(NamesOf.organisations("رایزنی رؤسای سنای تاجیکستان و قزاقستان ادامه یافت."))
        .containsExactly("سنای تاجیکستان");
    assertThat(NamesOf.type("ارتش ایران و عراق هشت سال جنگیدند.", Entity.Type.COUNTRY))
        .containsExactly("عراق");
    // a chamber of commerce or a joint commission is one body of both
    assertThat(NamesOf.organisations("اتاق بازرگانی ایران و روسیه نشست داشت."))
        .containsExactly("اتاق بازرگانی ایران و روسیه");
    assertThat(NamesOf.organisations("کمیسیون مشترک اقتصادی ایران و روسیه تشکیل شد."))
        .containsExactly("کمیسیون مشترک اقتصادی ایران و روسیه");
  }

  @Test
  void aNounMadeIndefiniteStartsAPhraseOfItsOwn() {
    assertThat(NamesOf.organisations("همکاری در یگان حفاظت مسئله ای است که باید به آن پرداخت."))
        .containsExactly("یگان حفاظت");
    assertThat(NamesOf.organisations("با همکاری ستاد مبارزه با مواد مخدر بروشور هایی توزیع شد."))
        .containsExactly("ستاد مبارزه با مواد مخدر");
    // «ای» of an adjective, before the place the body serves, stays
    assertThat(NamesOf.organisations("رئیس قرارگاه منطقه ای غرب ارتش گفت."))
        .contains("قرارگاه منطقه ای غرب ارتش");
  }

  @Test
  void aPrepositionOrACopulaTheListsLackEndsTheName() {
    assertThat(NamesOf.organisations("ما در سومین سال انتشار فصلنامه فرهنگ رضوی هستیم."))
        .containsExactly("فصلنامه فرهنگ رضوی");
    assertThat(NamesOf.organisations("اتحادیه تاکسی رانان کشور و توسط سازمان تاکسی رانی"))
        .containsExactly("اتحادیه تاکسی رانان کشور", "سازمان تاکسی رانی");
  }

  @Test
  void anAdjectiveOfQualityBeforeACopulaIsThePredicate() {
    assertThat(NamesOf.organisations("گستره فعالیت بنیاد برکت وسیع است."))
        .containsExactly("بنیاد برکت");
    assertThat(NamesOf.organisations("باشگاه پانیونیوس قرار است هفته آینده جلسه بگذارد."))
        .containsExactly("باشگاه پانیونیوس");
    // an adjective that relates to a thing (اتمی) has no comparative and stays in the name
    assertThat(NamesOf.organisations("این مرکز زیر نظر سازمان انرژی اتمی است."))
        .containsExactly("سازمان انرژی اتمی");
  }

  @Test
  void aWordWithAPronounsEndingIsNoWordOfAName() {
    assertThat(
            NamesOf.organisations(
                "گروه تکفیری جبهه النصره و همپیمانانش بر این استان تسلط پیدا کردند."))
        .containsExactly("گروه تکفیری جبهه النصره");
    // «درمان» is a word of its own, not «در» with «مان»
    assertThat(NamesOf.organisations("رئیس کمیسیون بهداشت و درمان مجلس گفت."))
        .containsExactly("کمیسیون بهداشت و درمان مجلس");
    // a plural bound to the pronoun, joined by a half-space in the display text
    assertThat(NamesOf.organisations("مدیر شرکت اگزوموس دست\u200cهایش را بالا برد."))
        .containsExactly("شرکت اگزوموس");
  }

  @Test
  void noFieldJoinsAForeignNameWithAnd() {
    assertThat(
            NamesOf.organisations(
                "دفتر نخست وزیر عراق از نشریه الشرق الاوسط و مالک آن خواست عذرخواهی کند."))
        .contains("نشریه الشرق الاوسط");
    assertThat(NamesOf.organisations("همکاری با دانشگاه کرتین و نتایج تحقیقات مستمر نشان داد."))
        .containsExactly("دانشگاه کرتین");
  }

  @Test
  void aPresentPerfectJoinedByAHalfSpaceEndsTheName() {
    assertThat(
            NamesOf.organisations(
                "مقامات وزارت صنایع و معادن اعلام کرده\u200cاند که قیمت ها ثابت است."))
        .containsExactly("وزارت صنایع و معادن");
    assertThat(NamesOf.organisations("کارکنان شرکت نفت اعتراض کرده\u200cاند."))
        .containsExactly("شرکت نفت");
  }

  @Test
  void locatedOrUnderEndsTheName() {
    assertThat(NamesOf.organisations("کالا از طریق گمرک شهید رجایی واقع در بندرعباس صادر شد."))
        .containsExactly("گمرک شهید رجایی");
    assertThat(NamesOf.organisations("طبق مصوبه شورای عالی حفاظت محیط زیست تحت عنوان پناهگاه"))
        .containsExactly("شورای عالی حفاظت محیط زیست");
  }

  @Test
  void aNameCutBeforeThePhraseAPluralBindsLosesThePlural() {
    assertThat(NamesOf.organisations("اعضای هیات کاوش محوطه\u200cهای این منطقه به محل رفتند."))
        .containsExactly("هیات کاوش");
    assertThat(NamesOf.organisations("مدیر سازمان فنی و حرفه\u200cای استان گفت."))
        .containsExactly("سازمان فنی و حرفه\u200cای استان");
    assertThat(NamesOf.organisations("بیانیه سازمان همکاری شانگهای منتشر شد."))
        .containsExactly("سازمان همکاری شانگهای");
  }

  @Test
  void aVerbWithAJoinedPreverbOrAGluedPrepositionEndsTheName() {
    assertThat(NamesOf.organisations("بازیکنان باشگاه پاس برمی\u200cگردند."))
        .containsExactly("باشگاه پاس");
    assertThat(NamesOf.organisations("نیروی مقاومت بسیج بعنوان ضابط قوه قضائیه عمل می کند."))
        .containsExactly("نیروی مقاومت بسیج", "قوه قضائیه");
  }

  @Test
  void enteringOrANewBodyIsNoName() {
    assertThat(NamesOf.organisations("مأموران اداره آگاهی مرکز وارد عمل شدند."))
        .containsExactly("اداره آگاهی مرکز");
    assertThat(NamesOf.organisations("اعضای سازمان جدید انتخاب شدند.")).isEmpty();
    assertThat(NamesOf.organisations("تصمیم وزارت بازرگانی موجب تاخیر در واردات شد."))
        .containsExactly("وزارت بازرگانی");
  }

  @Test
  void aBodysTermMayStandInsideItsName() {
    assertThat(NamesOf.organisations("نمایندگان مجلس دهم شورای اسلامی سوگند یاد کردند."))
        .containsExactly("مجلس دهم شورای اسلامی");
    assertThat(NamesOf.organisations("نمایندگان مجلس دهم سوگند یاد کردند."))
        .containsExactly("مجلس دهم");
  }

  @Test
  void theCountryByItsWordAloneEndsTheNameAsItsNameDoes() {
    assertThat(NamesOf.organisations("وزیر گفت آموزش و پرورش کشور آماده است."))
        .containsExactly("آموزش و پرورش کشور");
    assertThat(NamesOf.organisations("نتایج سازمان سنجش کشور امکان دسترسی دارد."))
        .containsExactly("سازمان سنجش کشور");
    // «کشور» before the country's name is part of the place
    assertThat(NamesOf.organisations("رئیس پلیس کشور اندونزی گفت.")).doesNotContain("پلیس کشور");
  }

  @Test
  void aRoleInThePluralIsNoFieldOfABody() {
    // «مدیران»: the people after «و» are the clause's, not the council's field
    assertThat(
            NamesOf.organisations(
                "جلسه با حضور رئیس شورای صنفی نمایش و مدیران پردیس های سینمایی برگزار شد."))
        .contains("شورای صنفی نمایش");
  }

  @Test
  void aBrokenPluralMadeIndefiniteStartsTheNextPhrase() {
    assertThat(
            NamesOf.organisations(
                "نگاهی به لایحه بودجه توسط کمیسیون تلفیق مواردی را نشان می\u200cدهد."))
        .containsExactly("کمیسیون تلفیق");
    assertThat(NamesOf.organisations("اداره کار دلایلی برای این تصمیم ارائه کرد."))
        .containsExactly("اداره کار");
    // an ezafe after a plural in «ا» and an adjective in «اتی» stay inside the name
    assertThat(NamesOf.organisations("مجمع مشورتی روسای شوراهای اسلامی تشکیل شد."))
        .containsExactly("مجمع مشورتی روسای شوراهای اسلامی");
    assertThat(NamesOf.organisations("موسسه مطالعاتی دریای خزر اعلام کرد."))
        .containsExactly("موسسه مطالعاتی دریای خزر");
  }

  @Test
  void anAdjectiveOfALightVerbOpensThePredicate() {
    assertThat(
            NamesOf.organisations(
                "لایحه بودجه در کمیسیون تلفیق دچار تغییر و تحول شد و به صحن رفت."))
        .containsExactly("کمیسیون تلفیق");
    assertThat(NamesOf.organisations("بخش مایکروویو شرکت مخابرات دچار اختلال شده\u200cاند."))
        .containsExactly("بخش مایکروویو شرکت مخابرات");
  }

  @Test
  void aPapersTitleEndsBeforeThePartsOfThePaper() {
    assertThat(
            NamesOf.organisations(
                "روزنامه دیلی نیوز خبر و عکس اول خود را به این موضوع اختصاص داد."))
        .containsExactly("روزنامه دیلی نیوز");
    assertThat(NamesOf.organisations("روزنامه الزمان چاپ لندن نوشت که مذاکرات ادامه دارد."))
        .containsExactly("روزنامه الزمان");
    assertThat(NamesOf.organisations("روزنامه خبر نوشت.")).containsExactly("روزنامه خبر");
  }

  @Test
  void aCountOfPeopleAfterAndEndsTheName() {
    // Hamshahri development text
    assertThat(
            NamesOf.organisations(
                "اعضای کمیسیون شوراها و امور داخلی و دو نفر از نمایندگان در جلسه حضور داشتند."))
        .containsExactly("کمیسیون شوراها و امور داخلی");
    assertThat(
            NamesOf.organisations(
                "اعضای شورای ترویج فرهنگ ایثار و شهادت و جمع زیادی از مردم حضور داشتند."))
        .containsExactly("شورای ترویج فرهنگ ایثار و شهادت");
    // «سوء» folds to «سو», which the number words hold: no count
    assertThat(NamesOf.organisations("مدیر اداره پیشگیری و سوء مصرف مواد گفت."))
        .containsExactly("اداره پیشگیری و سوء مصرف مواد");
  }

  @Test
  void aNounInAVowelMadeIndefiniteEndsTheName() {
    assertThat(NamesOf.organisations("سپاه بدر نیرویی کاملا عراقی است."))
        .containsExactly("سپاه بدر");
    // an adjective in «یی» the lists hold is the name's
    assertThat(NamesOf.organisations("نیروی دریایی ارتش رزمایش برگزار کرد."))
        .containsExactly("نیروی دریایی ارتش");
  }
}
