package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an unlisted organisation's name read from its head word begins and ends (issue 17). */
class OrganisationNameRulesTest {
  @Test
  void aNounTheVerbListsAlsoReadAsAVerbStaysInTheName() {
    // فرهنگی is فرهنگ + ی to the verb lists (فرهنگیدن), کار a present stem (کاشتن)
    assertThat(NamesOf.organisations("رئیس سازمان میراث فرهنگی گفت که موزه باز است."))
        .containsExactly("سازمان میراث فرهنگی");
    assertThat(NamesOf.organisations("سازمان سینمایی برای حمایت از فیلم\u200cها آماده است."))
        .containsExactly("سازمان سینمایی");
  }

  @Test
  void aHouseOfAnyParliamentIsTheCountrysNamedAfterItNotIrans() {
    assertThat(
            countryOf(
                "رئیس مجلس ملی و شهردار پایتخت تاجیکستان با همتای قزاق دیدار کرد.", "مجلس ملی"))
        .isNull();
    assertThat(
            countryOf("رئیس مجلس نمایندگان برزیل با سفیر ایران دیدار کرد.", "مجلس نمایندگان برزیل"))
        .isEqualTo("BR");
    assertThat(countryOf("رئیس مجلس گفت که جلسه علنی برگزار شد.", "مجلس")).isEqualTo("IR");
  }

  @Test
  void anIranianBodysNameWithAnotherCountryIsThatCountrys() {
    assertThat(countryOf("نمایندگان مجلس پاکستان راهی هند شدند.", "مجلس پاکستان")).isEqualTo("PK");
    assertThat(countryOf("رئیس بانک مرکزی ترکیه از نرخ بهره گفت.", "بانک مرکزی ترکیه"))
        .isEqualTo("TR");
    assertThat(countryOf("سازمان انرژی اتمی ایران بیانیه داد.", "سازمان انرژی اتمی ایران"))
        .isEqualTo("IR");
  }

  @Test
  void aBodyOfTheCountryByItsWordAloneIsIrans() {
    assertThat(
            countryOf(
                "سازمان میراث فرهنگی کشور با ژاپن همکاری می\u200cکند.", "سازمان میراث فرهنگی کشور"))
        .isEqualTo("IR");
  }

  private static String countryOf(String text, String organisation) {
    return EntityRecognizer.get().mentions(text).stream()
        .filter(m -> m.text().equals(organisation))
        .findFirst()
        .orElseThrow()
        .country();
  }

  @Test
  void aNounBeforeALightVerbEndsTheName() {
    assertThat(NamesOf.organisations("سازمان دامپزشکی اجازه نمی دهد مرغ وارد شود."))
        .containsExactly("سازمان دامپزشکی");
    assertThat(NamesOf.organisations("مدیر تیم فوتبال ناشنوایان گفت که سفر لغو شد."))
        .containsExactly("تیم فوتبال ناشنوایان");
  }

  @Test
  void anEndingOrAStemWrittenApartIsPartOfItsWord() {
    assertThat(NamesOf.organisations("مدیرعامل شرکت شهرک های صنعتی خراسان جنوبی افزود: آب کم است."))
        .containsExactly("شرکت شهرک های صنعتی خراسان جنوبی");
    assertThat(NamesOf.organisations("رئیس کمیسیون اقتصادی و سرمایه گذاری شورای شهر گفت."))
        .containsExactly("کمیسیون اقتصادی و سرمایه گذاری شورای شهر");
  }

  @Test
  void aPlaceEndsTheNameUnlessAnotherBodyFollows() {
    assertThat(
            NamesOf.organisations(
                "شرکت توانیر و وزارت انرژی ارمنستان سندی برای تبادل برق امضا کردند."))
        .contains("وزارت انرژی ارمنستان");
    assertThat(NamesOf.organisations("رئیس پژوهشکده زبان شناسی دانشگاه علوم پزشکی شیراز گفت."))
        .containsExactly("پژوهشکده زبان شناسی دانشگاه علوم پزشکی شیراز");
  }

  @Test
  void aHeadWordForAnyBodyOfItsKindIsNoName() {
    assertThat(NamesOf.organisations("این بنیاد در چهار طرح مشارکت دارد.")).isEmpty();
    assertThat(NamesOf.organisations("بانک ها رقیب اصلی بخش خصوصی هستند.")).isEmpty();
    assertThat(NamesOf.organisations("تیم های حاضر در مسابقات آماده\u200cاند.")).isEmpty();
  }

  @Test
  void theFieldAndPlaceAfterTheHeadOfABodyAreItsName() {
    assertThat(NamesOf.organisations("مدیرکل راه و شهرسازی گیلان گفت: جاده باز است."))
        .containsExactly("راه و شهرسازی گیلان");
    assertThat(NamesOf.organisations("فرمانده انتظامی بروجرد از کشف مواد خبر داد."))
        .containsExactly("انتظامی بروجرد");
    // a head of state's role and its complements name no body
    assertThat(NamesOf.organisations("رئیس جمهوری منتخب آمریکا به روسیه سفر کرد.")).isEmpty();
  }

  @Test
  void aShortNameInBracketsAfterAnOrganisationIsItsOtherName() {
    assertThat(
            NamesOf.organisations("به گزارش خبرگزاری رسمی سوریه ( سانا ) ، جنگنده ها پرواز کردند."))
        .contains("سانا");
    assertThat(NamesOf.organisations("پایگاه خبری تحلیلی انتخاب ( Entekhab.ir ) : خبر تازه."))
        .containsExactly("پایگاه خبری تحلیلی انتخاب", "Entekhab.ir");
    // a blessing or a word in brackets is no name
    assertThat(NamesOf.organisations("قرارگاه خاتم الانبیا ( ص ) و نشریه سویا ( عکس ) آمدند."))
        .doesNotContain("ص", "عکس");
  }

  @Test
  void aTermsOrdinalBelongsToTheBodyButABylinesPlaceDoesNot() {
    assertThat(NamesOf.organisations("نمایندگان مجلس دهم و وزیران دولت یازدهم دیدار کردند."))
        .containsExactly("مجلس دهم", "دولت یازدهم");
    assertThat(NamesOf.organisations("گمرک ایران سوم دنیا شد.")).containsExactly("گمرک ایران");
    assertThat(NamesOf.organisations("به گزارش ایرنا عربستان سعودی مالیات را افزایش داد."))
        .containsExactly("ایرنا");
    assertThat(NamesOf.organisations("رییس شرکت گلوبال متالورجی روز پانزدهم ژویه بازداشت شد."))
        .containsExactly("شرکت گلوبال متالورجی");
  }

  @Test
  void aCouncilWithNoCityOrAHouseIsNoBodysName() {
    assertThat(NamesOf.organisations("اعضای شورای شهر این طرح را تصویب کردند.")).isEmpty();
    assertThat(NamesOf.organisations("اعضای شورای شهر تهران این طرح را تصویب کردند."))
        .containsExactly("شورای شهر تهران");
    assertThat(NamesOf.organisations("خانه نیما در روستای یوش مرمت شد.")).isEmpty();
  }

  @Test
  void aListOfFieldsWithACommaIsPartOfTheName() {
    // known with its comma (the gazetteer's ministry) and unlisted, read from its head word
    assertThat(NamesOf.organisations("وزارت صنعت ، معدن و تجارت اعلام کرد که قیمت ثابت است."))
        .containsExactly("وزارت صنعت ، معدن و تجارت");
    assertThat(NamesOf.organisations("وزارت تعاون، کار و رفاه اجتماعی اعلام کرد."))
        .containsExactly("وزارت تعاون، کار و رفاه اجتماعی");
    assertThat(NamesOf.organisations("ایران، عراق و سوریه در نشست بودند.")).isEmpty();
  }

  @Test
  void aHeadInTheConstructStateAndACompoundWithAVerbStemStartAName() {
    // شورایعالی and محیطزیست are common words joined; زیست is also a past stem
    assertThat(NamesOf.organisations("شورای عالی کار دیروز تصویب کرد که دستمزدها بالا برود."))
        .containsExactly("شورای عالی کار");
    assertThat(NamesOf.organisations("رئیس اداره محیط زیست شهرستان کرمانشاه گفت."))
        .containsExactly("اداره محیط زیست شهرستان کرمانشاه");
    assertThat(NamesOf.organisations("شرکت کنندگان در همایش گفتند.")).isEmpty();
    // the plural of a compound joined is as much one word as the compound
    assertThat(NamesOf.organisations("روزنامه نگاران کشورمان در این نشست حضور داشتند.")).isEmpty();
    assertThat(NamesOf.organisations("انجمن روزنامه نگاران مسلمان بیانیه داد."))
        .containsExactly("انجمن روزنامه نگاران مسلمان");
  }

  @Test
  void aNationalTeamOfASportIsNamedButNotAnyNationalTeam() {
    assertThat(NamesOf.organisations("تیم ملی والیبال ایران در فینال برد."))
        .containsExactly("تیم ملی والیبال ایران");
    assertThat(NamesOf.organisations("تیم ملی در فینال برد.")).isEmpty();
  }

  @Test
  void aHeadInsideAKnownNameStartsNoOtherAndAJoinedFunctionWordEndsAName() {
    assertThat(
            NamesOf.organisations("مرحله دوم انتخابات مجلس شورای اسلامی دراین شهرستان برگزار شد."))
        .containsExactly("مجلس شورای اسلامی");
  }

  @Test
  void aVerbalNounCarriesThePrepositionOfItsObjectInsideAName() {
    assertThat(NamesOf.organisations("پلیس مبارزه با مواد مخدر شهرستان بروجرد اعلام کرد."))
        .containsExactly("پلیس مبارزه با مواد مخدر شهرستان بروجرد");
    // any other preposition still ends the name
    assertThat(NamesOf.organisations("سازمان سینمایی با فیلم\u200cها همراه است."))
        .containsExactly("سازمان سینمایی");
  }

  @Test
  void anEndingOrACompoundsPartAfterANounIsNoLightVerb() {
    // «ای» and «سازی» are also forms of verbs (you are, you build)
    assertThat(NamesOf.organisations("سازمان آموزش فنی و حرفه ای کشور اعلام کرد."))
        .containsExactly("سازمان آموزش فنی و حرفه ای کشور");
    assertThat(NamesOf.organisations("موسسه تحقیقات واکسن و سرم سازی رازی اعلام کرد."))
        .containsExactly("موسسه تحقیقات واکسن و سرم سازی رازی");
  }

  @Test
  void aHouseOfParliamentIsNamedWithItsCountryAndIsNotIransMajlis() {
    assertThat(NamesOf.organisations("مجلس نمایندگان برزیل به برکناری رئیس جمهور رای داد."))
        .containsExactly("مجلس نمایندگان برزیل");
    assertThat(
            EntityRecognizer.get().names("مجلس عوام امروز رای داد.").stream()
                .filter(n -> n.text().equals("مجلس عوام"))
                .map(Span::id)
                .toList())
        .singleElement()
        .isNotEqualTo("org-ir-majlis");
  }

  @Test
  void aHeadOfTwoWordsWrittenApartIsAHead() {
    assertThat(NamesOf.organisations("اداره کل میراث فرهنگی استان تهران اعلام کرد."))
        .containsExactly("اداره کل میراث فرهنگی استان تهران");
  }
}
