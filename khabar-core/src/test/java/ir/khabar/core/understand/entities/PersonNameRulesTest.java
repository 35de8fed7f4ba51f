package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much of a person's name the patterns take in (issue 17). */
class PersonNameRulesTest {
  private static List<String> people(String text) {
    return NamesOf.type(text, Entity.Type.PERSON);
  }

  @Test
  void aTitleIsFollowedByBothWordsOfAFamilyName() {
    assertThat(people("آیت الله مکارم شیرازی با بیان اینکه درس آغاز شد گفت."))
        .containsExactly("مکارم شیرازی");
    assertThat(people("سرهنگ مراد مرادی در حاشیه همایش گفت.")).containsExactly("مراد مرادی");
  }

  @Test
  void twoGivenNamesWrittenAsOneWordOrApartAreOneGivenName() {
    assertThat(people("نوشته دکتر سعیدرضا عاملی منتشر شد.")).containsExactly("سعیدرضا عاملی");
    assertThat(people("در ساری ، عباس علی رضایی امروز گفت.")).containsExactly("عباس علی رضایی");
    assertThat(people("ولی الله سیف رئیس کل بانک مرکزی گفت.")).containsExactly("ولی الله سیف");
  }

  @Test
  void aForeignNameAfterTheKindOfPlaceItNamesIsThatPlaces() {
    assertThat(people("وزیران در هتل «والدورف آستوریا» نیویورک دیدار کردند.")).isEmpty();
    assertThat(people("کنسرت در سالن نیهون بودوکان توکیو برگزار شد.")).isEmpty();
    // words no list holds are still a foreign name elsewhere
    assertThat(people("آنتولین آلکارس سرمربی تیم گفت.")).containsExactly("آنتولین آلکارس");
  }

  @Test
  void aMemberOfABoardEndsTheNameBeforeIt() {
    assertThat(people("قاسمعلی حسنی عضو هیئت رئیسه بنکداران مواد غذایی اظهار داشت."))
        .containsExactly("قاسمعلی حسنی");
  }

  @Test
  void wordsSetOffByACommaBeforeARoleAreAName() {
    assertThat(people("اریکا ماساکو ولش ، مدیر تحولات تجاری خاورمیانه در موسسه سالیدیانس گفت."))
        .containsExactly("اریکا ماساکو ولش");
    // words of the lists alone, opening the clause, are no name
    assertThat(people("در این نشست ، سخنگوی دولت گفت.")).isEmpty();
  }

  @Test
  void aTitleThatIsAlsoAGivenNameStartsTheName() {
    assertThat(people("دکتر امیر ارسلان پیروتی در این دیدار گفت."))
        .containsExactly("امیر ارسلان پیروتی");
  }

  @Test
  void aFamilyNameInYBeforeTheFullNameIsThatPerson() {
    assertThat(people("زاهدی از نخست وزیری کناره گرفت. سپهبد فضل الله زاهدی بعدها بازگشت."))
        .containsExactly("زاهدی", "فضل الله زاهدی");
    // inside another person's name it is not
    assertThat(people("محمد کرمانی آمد. نام موحدی کرمانی هم آمد.")).doesNotContain("کرمانی");
  }

  @Test
  void aFamilyNameOpeningASentenceBeforeWhatASpeakerDoesIsThePerson() {
    assertThat(people("طرح به زودی اجرا می شود.\nعلیجانی با بیان اینکه پیاده راه آماده است گفت."))
        .containsExactly("علیجانی");
    assertThat(people("کار ادامه دارد. حسینی بوشهری خاطرنشان کرد: باید دقت کرد."))
        .containsExactly("حسینی بوشهری");
    // a common word opening a sentence is no speaker
    assertThat(people("همکاری ادامه داد که بازار آرام است.")).isEmpty();
    // nor one with the indefinite «ی» before «درباره» (Hamshahri and Fars development texts)
    assertThat(people("گزارشی درباره این موضوع منتشر شد. تردیدی درباره آن وجود ندارد.")).isEmpty();
    assertThat(people("کار ادامه دارد. حسینی درباره این موضوع گفت.")).containsExactly("حسینی");
    // a common word with a family name's ending written apart: نبی پور is نبی‌پور
    assertThat(people("قیمت ثابت ماند. نبی پور ادامه داد که بازار آرام است."))
        .containsExactly("نبی پور");
  }

  @Test
  void aKinNounWithItsPossessorOrAWrittenBlessingEndsAName() {
    // Hamshahri and Fars development texts
    assertThat(people("او به محل کار من آمد و گفت:قربانعلی پدرم است.")).isEmpty();
    assertThat(people("این کودک با تأسی از زندگی حضرت زهرا سلام الله علیها صبر می\u200cآموزد."))
        .containsExactly("حضرت زهرا");
    assertThat(people("حضرت زهرا (س) الگوی زنان است.")).containsExactly("حضرت زهرا (س)");
  }

  @Test
  void aBodysUnitAfterATitleIsNoName() {
    // Hamshahri development texts: «دانشکده» was a person in 9 articles
    assertThat(people("دکتر کبیر، استاد دانشکده عمران امیرکبیر، گفت.")).doesNotContain("دانشکده");
    assertThat(people("استاد شجریان در این کنسرت خواند.")).containsExactly("شجریان");
  }

  @Test
  void theTitleAyatollahAbbreviatedIsNoName() {
    // Hamshahri development texts write «آیت ا...»; «آیت» was a person in 7 articles
    assertThat(people("منزل مرحوم آیت ا... طالقانی در گلیرد است.")).doesNotContain("آیت");
    assertThat(people("آیت ا... خامنه\u200cای گفت.")).containsExactly("خامنه\u200cای");
  }

  @Test
  void theOtherItemsOfAListOfPeopleArePeople() {
    assertThat(
            people(
                "در این فیلم فریبرز عرب نیا ، سعید راد ، مریلا زارعی و بابک حمیدیان بازی می کنند."))
        .containsExactly("فریبرز عرب نیا", "سعید راد", "مریلا زارعی", "بابک حمیدیان");
    // the last item, after «و», ends where a function word follows it
    assertThat(people("فریبرز عرب نیا ، سعید راد و مینا ساداتی در این فیلم بازی می کنند."))
        .containsExactly("فریبرز عرب نیا", "سعید راد", "مینا ساداتی");
    assertThat(people("ملک سلمان و سعود فرزندان خود را فرستادند.")).containsExactly("ملک سلمان");
    // Hamshahri development text: a noun phrase after «و» is no item of the list
    assertThat(people("مطلب اصلی به ترور رفیق حریری و درج عکس بزرگی از این حادثه اختصاص دارد."))
        .containsExactly("رفیق حریری");
    // an item of everyday words is not one
    assertThat(people("در وزن 58 کیلوگرم ، وزن اول المپیکی ، محمد کاظمی برنده شد."))
        .containsExactly("محمد کاظمی");
  }

  @Test
  void aFamilyNameOfTwoWordsIsReadWholeButAnOccupationAfterItIsNot() {
    assertThat(people("به گزارش ایرنا ، مهدی امیری اصفهانی روز پنجشنبه گفت."))
        .containsExactly("مهدی امیری اصفهانی");
    assertThat(people("به گزارش خبرآنلاین ، جواد خیابانی مجری سرشناس گفت."))
        .containsExactly("جواد خیابانی");
    assertThat(people("کار آغاز شد.\nنجفی نژاد با بیان اینکه بودجه کم است گفت."))
        .containsExactly("نجفی نژاد");
  }

  @Test
  void aFamilyNameWrittenApartIsThePersonNamedInFull() {
    List<Span> people =
        NamesOf.people(
            "احمد معصومی\u200cفر افزود: میزگرد برگزار شد.\nمعصومی فر ادامه داد: سفیران می\u200cآیند.");
    assertThat(people).extracting(Span::text).containsExactly("احمد معصومی\u200cفر", "معصومی فر");
    assertThat(people.get(1).id()).isEqualTo(people.get(0).id());
  }

  @Test
  void aFamilyNameOfTwoWordsOrAGivenNameUsedAsOneIsThePersonNamedInFull() {
    assertSamePerson(
        "محمد ستاری فر مدیرکل استان گفت: طرح آماده است.\nستاری فر افزود: کار ادامه دارد.");
    assertSamePerson("سید غلامرضا موسوی گفت: جلسه برگزار شد.\nغلامرضا موسوی افزود: نتیجه خوب بود.");
    assertSamePerson(
        "دکتر محمدرضا عارف در ادامه گفت: بخش کشاورزی مهم است.\nدکتر عارف تصریح کرد: کار ادامه دارد.");
  }

  @Test
  void aGivenNameBeforeAbadWrittenApartIsAPlaceAndAbadiEndsAFamilyName() {
    assertThat(
            NamesOf.type("مدیر آموزش و پرورش محمد آباد گفت که مدارس باز است.", Entity.Type.PLACE))
        .containsExactly("محمد آباد");
    assertThat(people("مدیر آموزش و پرورش محمد آباد گفت که مدارس باز است.")).isEmpty();
    assertThat(NamesOf.type("سیل به روستای حسن آباد رسید.", Entity.Type.PLACE))
        .containsExactly("روستای حسن آباد");
    assertThat(people("قربانعلی دری نجف آبادی دیروز گفت که ستاد آغاز به کار می کند."))
        .containsExactly("قربانعلی دری نجف آبادی");
    assertThat(NamesOf.type("ما برای ایران آباد کار می کنیم.", Entity.Type.PLACE)).isEmpty();
  }

  @Test
  void aHolyFigureNamedByAGivenNameIsNotTheOneWhoseFamilyNameItIs() {
    List<Span> people =
        NamesOf.people(
            "صدام حسین بارها به عراقی\u200cها حمله کرد.\nعزاداران امام حسین (ع) گرد آمدند.");
    assertThat(people).extracting(Span::text).contains("صدام حسین", "امام حسین (ع)");
    assertThat(people.stream().map(Span::id).distinct()).hasSize(2);
  }

  private static void assertSamePerson(String text) {
    List<Span> people = NamesOf.people(text);
    assertThat(people).hasSizeGreaterThan(1);
    assertThat(people.stream().map(Span::id).distinct()).as(people.toString()).hasSize(1);
  }

  @Test
  void aQuotedNameBeforeARoleAndAContestantFromACountryArePeople() {
    assertThat(people("چندی پیش ، « ادواردو کونا » رئیس مجلس نمایندگان برزیل برکنار شد."))
        .containsExactly("ادواردو کونا");
    assertThat(people("او در نیمه نهایی به مصاف ژائو دنگ از چین می رود."))
        .containsExactly("ژائو دنگ");
    // everyday words before a country are no contestant
    assertThat(people("صادرات نفت از چین کم شد.")).isEmpty();
  }

  @Test
  void aNounOfACompoundVerbIsNoPartOfTheNameBeforeIt() {
    assertThat(people("آقای عارف نشان دادند که به مجلس می آیند.")).containsExactly("عارف");
    assertThat(people("آقای عارف پیشنهاد می دهد که جلسه برگزار شود.")).containsExactly("عارف");
    assertThat(people("آقای علی رضایی گفت که جلسه برگزار شد.")).containsExactly("علی رضایی");
  }

  @Test
  void aBlessingInBracketsAfterATitleIsNoName() {
    assertThat(NamesOf.people("این مطلب مورد تاکید حضرت امام (ره) بوده است.")).isEmpty();
  }

  @Test
  void aFamilyNameWithItsEndingWrittenApartIsAnotherPerson() {
    List<Span> people = NamesOf.people("محمد امیری دبیر انجمن گفت که امیری فر در جلسه حاضر نبود.");
    assertThat(people).extracting(Span::text).containsExactly("محمد امیری", "امیری فر");
    assertThat(people.get(1).id()).isNotEqualTo(people.get(0).id());
  }

  @Test
  void aFamilyNameInTwoWordsAloneIsThePersonNamedInFull() {
    // PEYMA 434's sentence shape: the family name written apart, alone before and after the full
    // name
    List<Span> people =
        NamesOf.people(
            "ایتالیایی ها به دنبال جذب انصاری فرد هستند. کریم انصاری فرد وارد یونان شد."
                + " قرارداد انصاری فرد تمدید نشد.");
    assertThat(people)
        .extracting(Span::text)
        .containsExactly("انصاری فرد", "کریم انصاری فرد", "انصاری فرد");
    assertThat(people).extracting(Span::id).containsOnly(people.get(1).id());
    // a given name before the two words makes another person's name
    assertThat(people("کریم انصاری فرد آمد. حسین انصاری فرد نیامد.")).doesNotContain("انصاری فرد");
  }

  @Test
  void aFamilyNameThatIsAWordIsThePersonBeforeTheFullNameWhenAnOfficeIntroducesIt() {
    // PEYMA 628's shape: «روحانی» is also "spiritual"; the office before it makes it the president
    assertThat(
            people(
                "رئیس جمهور روحانی امروز در مراسم اختتامیه سخن گفت. دولت حسن روحانی برجام را"
                    + " اجرا کرد."))
        .containsExactly("روحانی", "حسن روحانی");
    assertThat(people("این مراسم روحانی بود. دولت حسن روحانی برجام را اجرا کرد."))
        .containsExactly("حسن روحانی");
  }

  @Test
  void aHolyFigureIsNamedWithItsTitleAndBlessing() {
    List<Span> people =
        NamesOf.people(
            "مراسم عزاداری امام حسین (ع) برگزار شد. سالروز ولادت حضرت معصومه(س) گرامی داشته شد."
                + " سخنان امام خمینی (ره) خوانده شد.");
    assertThat(people)
        .extracting(Span::text)
        .containsExactly("امام حسین (ع)", "حضرت معصومه(س)", "امام خمینی (ره)");
    assertThat(people.get(0).name()).isEqualTo("امام حسین");
    List<Span> twice = NamesOf.people("زائران حضرت امام رضا (ع) گفتند که امام رضا (ع) ضامن است.");
    assertThat(twice).extracting(Span::text).containsExactly("حضرت امام رضا (ع)", "امام رضا (ع)");
    assertThat(twice).extracting(Span::id).containsOnly(twice.get(1).id());
    // a title before a full name of three words is only a title
    assertThat(people("امام جمعه موقت تهران، حجت الاسلام محمدحسن ابوترابی فرد گفت."))
        .containsExactly("محمدحسن ابوترابی فرد");
  }

  @Test
  void theRestOfATalkWordWrittenApartIsNoName() {
    // Hamshahri development texts: «گفت وگوهای دوطرف» was read as a transliterated name
    assertThat(people("در گفت وگوهای دوطرف درباره عراق بحث شد.")).isEmpty();
    assertThat(people("ژاک شیراک و ژان پیر رافاران گفت وگو کردند."))
        .contains("ژاک شیراک", "ژان پیر رافاران");
  }
}
