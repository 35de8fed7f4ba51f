package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a body's name read from its head word stops (issue 17, fifth pass): the predicate after it,
 * a namesake inside it, a delegation that is no body.
 */
class OrganisationHeadRulesTest {
  @Test
  void aHeadsWordsEndingInOneThatRefersBackNameNoBody() {
    assertThat(NamesOf.organisations("اتحادیه صنفی مربوطه و شهرداری منطقه مربوطه اعلام کردند."))
        .isEmpty();
    assertThat(NamesOf.organisations("کانون سردفتران و دفتریاران اعلام کرد."))
        .containsExactly("کانون سردفتران و دفتریاران");
  }

  @Test
  void aSeminaryNamedByItsCityIsABodyButNotTheSeminariesAtLarge() {
    assertThat(NamesOf.organisations("استاد حوزه علمیه قم در این نشست گفت."))
        .containsExactly("حوزه علمیه قم");
    assertThat(NamesOf.organisations("او سال\u200cها در حوزه علمیه تحصیل کرد.")).isEmpty();
  }

  @Test
  void aSuperlativeBeforeAHeadRanksABodyAndNamesNone() {
    assertThat(NamesOf.organisations("سایپا بزرگ‌ترین شرکت بورس تهران است."))
        .containsExactly("سایپا", "بورس تهران");
    assertThat(NamesOf.organisations("این روزنامه معتبرترین روزنامه اسپانیا است.")).isEmpty();
    // an ordinal numbers a named body's session
    assertThat(NamesOf.organisations("در پنجاه و ششمین مجمع جهانی بهداشت شرکت کرد."))
        .containsExactly("مجمع جهانی بهداشت");
  }

  @Test
  void aVerbalNounThatOpensALightVerbsPhraseEndsTheName() {
    assertThat(NamesOf.organisations("هیأت اظهار امیدواری کرد که مذاکرات ادامه یابد.")).isEmpty();
    assertThat(NamesOf.organisations("کمیسیون حقوق بشر ابراز نگرانی کرد."))
        .containsExactly("کمیسیون حقوق بشر");
  }

  @Test
  void aPredicateAfterTheSubjectIsNoPartOfItsName() {
    assertThat(NamesOf.organisations("شهرداری نسبت به تعمیر پل اقدام کرد.")).isEmpty();
    assertThat(NamesOf.organisations("فدراسیون فوتبال مبنی بر لغو بازی بیانیه داد."))
        .containsExactly("فدراسیون فوتبال");
    assertThat(NamesOf.organisations("گزارش سازمان جوانان منتشر و به استان ها فرستاده شد."))
        .containsExactly("سازمان جوانان");
  }

  @Test
  void aBodyNamedAfterAMartyrOrAHolyFigureCarriesTheNameAndTheBlessing() {
    assertThat(NamesOf.organisations("دانشجویان دانشگاه شهید چمران اهواز به اردو رفتند."))
        .containsExactly("دانشگاه شهید چمران اهواز");
    assertThat(NamesOf.organisations("بنیاد بین المللی امام رضا (ع) جشنواره ای برگزار کرد."))
        .containsExactly("بنیاد بین المللی امام رضا (ع)");
    assertThat(NamesOf.people("دانشجویان دانشگاه شهید چمران اهواز به اردو رفتند.")).isEmpty();
  }

  @Test
  void aDelegationOrABoardIsNoBody() {
    assertThat(NamesOf.organisations("اعضای هیئت علمی دانشگاه تجمع کردند.")).isEmpty();
    assertThat(NamesOf.organisations("هیات عالی رتبه فرانسه وارد تهران شد.")).isEmpty();
    assertThat(NamesOf.organisations("رئیس هیأت ورزش عربستان سعودی استعفا داد."))
        .containsExactly("هیأت ورزش عربستان سعودی");
  }

  @Test
  void theRunningOfACountryIsNoOffice() {
    // «اداره» is an office and the running of something: of a country or a society, the latter
    assertThat(NamesOf.organisations("او در اداره کشور تجربه کافی ندارد.")).isEmpty();
    assertThat(NamesOf.organisations("آمریکا در اداره عراق پس از جنگ ناکام ماند.")).isEmpty();
    assertThat(NamesOf.organisations("اداره گذرنامه ساعت کار را تمدید کرد."))
        .containsExactly("اداره گذرنامه");
  }

  @Test
  void aNetworkOrAForceOfAnyKindIsNoBody() {
    assertThat(NamesOf.organisations("شبکه بانکی کشور باید به تولید وام بدهد.")).isEmpty();
    assertThat(NamesOf.organisations("بینندگان شبکه خبری الجزیره افزایش یافت."))
        .containsExactly("شبکه خبری الجزیره");
    assertThat(NamesOf.organisations("کمبود نیروی انسانی متخصص در بیمارستان ها جدی است."))
        .isEmpty();
    assertThat(NamesOf.organisations("فرمانده نیروی دریایی ارتش گفت که ناوشکن آماده است."))
        .contains("نیروی دریایی ارتش");
  }

  @Test
  void aNetworkOfPipesWiresOrSalesIsNoBodyButAChannelIs() {
    assertThat(NamesOf.organisations("شبکه حمل و نقل عمومی شهر گسترش می یابد.")).isEmpty();
    assertThat(NamesOf.organisations("شبکه برق کشور در اوج مصرف است.")).isEmpty();
    assertThat(NamesOf.organisations("شبکه فیبر نوری کشورهای همسایه به هم وصل شد.")).isEmpty();
    assertThat(NamesOf.organisations("این فیلم از شبکه دوم سیما پخش می شود."))
        .containsExactly("شبکه دوم سیما");
    assertThat(NamesOf.organisations("مجری شبکه خبر گفت که برنامه ادامه دارد."))
        .containsExactly("شبکه خبر");
    assertThat(NamesOf.organisations("به گزارش شبکه اطلاع رسانی عراق ، انتخابات برگزار شد."))
        .containsExactly("شبکه اطلاع رسانی عراق");
  }

  @Test
  void aUnitsWordStartsANameOnlyWhenItsBodyIsNamed() {
    assertThat(NamesOf.organisations("مرکز مدیریت بحران استانداری یزد هشدار سیل داد."))
        .containsExactly("مرکز مدیریت بحران استانداری یزد");
    assertThat(NamesOf.organisations("دفتر سیاسی حماس بیانیه ای منتشر کرد."))
        .containsExactly("دفتر سیاسی حماس");
    assertThat(NamesOf.organisations("مرکز شهر شلوغ بود و دفتر کار بسته بود.")).isEmpty();
  }

  @Test
  void aBoardTheListsHoldInAnotherSpellingIsNoBody() {
    assertThat(NamesOf.organisations("اعضای هیات مدیره شرکت استعفا دادند.")).isEmpty();
    assertThat(NamesOf.organisations("استادان هیأت علمی دانشگاه تجمع کردند.")).isEmpty();
  }

  @Test
  void theCabinetIsOneBodyInEverySpellingOfItsHamza() {
    for (String board : new String[] {"هیئت", "هیات", "هیأت", "هيات"}) {
      assertThat(NamesOf.organisations(board + " دولت لایحه بودجه را تصویب کرد."))
          .as(board)
          .containsExactly(board + " دولت");
    }
  }

  @Test
  void aKindOfBodyBeforeAKnownBodyIsPartOfItsName() {
    assertThat(NamesOf.organisations("گروه تروریستی داعش شهر را گرفت."))
        .containsExactly("گروه تروریستی داعش");
  }

  @Test
  void aCompanyOrAConfederationStartsABodysName() {
    assertThat(NamesOf.organisations("کمپانی وندا چندی پیش سینماهای آمریکا را خرید."))
        .containsExactly("کمپانی وندا");
    assertThat(NamesOf.organisations("اعضای کانون هایشان را ترک کردند.")).isEmpty();
  }

  @Test
  void aHeadWithOnlyAFunctionOrAReferenceAfterItIsAnyBody() {
    assertThat(NamesOf.organisations("کمیته فنی فردا تشکیل جلسه می دهد.")).isEmpty();
    assertThat(NamesOf.organisations("ستاد انتخاباتی در مرکز استان باز شد.")).isEmpty();
    assertThat(NamesOf.organisations("کمیته فنی فدراسیون فوتبال تشکیل جلسه داد."))
        .containsExactly("کمیته فنی فدراسیون فوتبال");
  }

  @Test
  void anAgencyDescribedAfterItsHeadIsNoIaea() {
    assertThat(
            EntityRecognizer.get().names("آژانس فضایی اروپا ماهواره جدیدی به فضا فرستاد.").stream()
                .map(Span::id))
        .containsExactly("org-اژانسفضاییاروپا");
    assertThat(
            EntityRecognizer.get()
                .names("آژانس همکاری\u200cهای بین المللی ژاپن توافقنامه همکاری امضا کرد.")
                .stream()
                .map(Span::id))
        .doesNotContain("org-iaea");
    // the agency alone, or before its clause's object, is still the IAEA
    assertThat(
            EntityRecognizer.get()
                .names("آژانس برنامه هسته\u200cای ایران را بررسی می\u200cکند.")
                .stream()
                .map(Span::id))
        .contains("org-iaea");
    assertThat(
            EntityRecognizer.get().names("آژانس هسته\u200cای سازمان ملل گزارش داد.").stream()
                .map(Span::id))
        .containsExactly("org-iaea");
  }

  @Test
  void anAgencyOfATradeOrAForeignNameIsNoIaea() {
    // a helper's reading of the Fars corpus: news and taxi agencies on the IAEA's page
    assertThat(NamesOf.organisations("به گزارش آژانس خبری افه، پادشاه اسپانیا به مراکش رفت."))
        .containsExactly("آژانس خبری افه");
    assertThat(NamesOf.organisations("آژانس خبری بولیواری ونزوئلا اعلام کرد."))
        .doesNotContain("آژانس");
    // any agency of its trade, with nothing after, is no body's name
    assertThat(NamesOf.organisations("راننده آژانس تاکسی گفت: مسافر پیاده شد.")).isEmpty();
    assertThat(NamesOf.organisations("شبکه خبری اعلام کرد که مسافران پیاده شدند.")).isEmpty();
    // the agency alone is still the IAEA
    assertThat(EntityRecognizer.get().names("بازرسان آژانس به نطنز رفتند.").stream().map(Span::id))
        .contains("org-iaea");
  }

  @Test
  void aSideInAContestOrTheSpeakersOwnNamesNoBody() {
    assertThat(NamesOf.organisations("تیم حریف در نیمه دوم به تیم میزبان گل زد.")).isEmpty();
    assertThat(NamesOf.organisations("ما از فدراسیون خودمان گله داریم.")).isEmpty();
    assertThat(NamesOf.organisations("سال آینده تیم خوب و پر قدرتی را روانه مسابقات می\u200cکنیم."))
        .isEmpty();
    // a name after the head is a body's still
    assertThat(NamesOf.organisations("فدراسیون فوتبال از تیم میزبان حمایت کرد."))
        .containsExactly("فدراسیون فوتبال");
  }
}
