package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Family names that are words of the lists, read after a given name (issue 17). Sentences written
 * for this test.
 */
class FamilyNameRulesTest {
  private static List<String> people(String text) {
    return NamesOf.type(text, Entity.Type.PERSON);
  }

  @Test
  void aRareWordAfterAGivenNameThatIsAlsoAWordIsAFamilyName() {
    assertThat(people("در این آلبوم بیژن کامکار و سیاوش خوشنویس همکاری کرده\u200cاند."))
        .containsExactly("بیژن کامکار", "سیاوش خوشنویس");
    assertThat(people("رضا مهماندوست سرمربی تیم ملی تکواندو شد.")).containsExactly("رضا مهماندوست");
  }

  @Test
  void anEverydayWordWithTheIndefiniteYaIsNoFamilyName() {
    // «نامه\u200cای» is "a letter", «مذاکراتی» "some talks": the name ends before them
    assertThat(people("آقای علی نامه\u200cای به وزیر نوشت.")).containsExactly("علی");
    assertThat(people("در دمشق با آقای فاضلی مذاکراتی انجام دادیم.")).containsExactly("فاضلی");
    // family names made so from a rarer stem or plural, or from no plural, stay
    assertThat(
            people(
                "مهدی الهی قمشه\u200cای، حسین نجاتی و سید هاشم رسولی محلاتی در مراسم حاضر بودند."))
        .containsExactly("مهدی الهی قمشه\u200cای", "حسین نجاتی", "سید هاشم رسولی محلاتی");
  }

  @Test
  void anOfficeWrittenJoinedIsNoName() {
    // «وزیرفرهنگ» and «وارشاداسلامی» are words no list holds, but together the office of a minister
    assertThat(people("وزیرفرهنگ وارشاداسلامی گفت که جشنواره برگزار می\u200cشود.")).isEmpty();
    assertThat(people("احمد مسجد جامعی وزیرفرهنگ وارشاداسلامی در این دیدار گفت."))
        .containsExactly("احمد مسجد جامعی");
  }

  @Test
  void aTitlePointedAtOrCutByACommaHasNoNameAfterIt() {
    assertThat(people("این استاد برجسته از کودکی به موسیقی علاقه داشت.")).isEmpty();
    assertThat(people("این دکتر معتقد است که ربات مفید است.")).isEmpty();
    assertThat(people("مدیر تیم، دکتر، روانشناس و ماساژور حاضر بودند.")).isEmpty();
    // a rarer word after the pointed title, or a name in quotes, is still a name
    assertThat(people("این دکتر جانسون گفت که ربات مفید است.")).containsExactly("جانسون");
    assertThat(people("آقای «ظریف» گفت.")).containsExactly("ظریف");
    assertThat(people("دکتر \"گوستاو کوبریرو\"، رئیس دانشگاه هاوانا، گفت."))
        .containsExactly("گوستاو کوبریرو");
  }

  @Test
  void aFrequentWordAfterSuchAGivenNameIsNoFamilyName() {
    assertThat(people("حسن تفاهم میان دو کشور برقرار شد.")).isEmpty();
  }

  @Test
  void aWordAsFrequentAsMoneyAfterAGivenNameIsNoFamilyName() {
    assertThat(people("گفت از فاطمه پول طلب دارد.")).isEmpty();
    assertThat(people("در فیلم‌های او سن علی بیشتر از همه بود.")).isEmpty();
    assertThat(people("گفت از فاطمه کریمی طلب دارد.")).containsExactly("فاطمه کریمی");
  }

  @Test
  void aWordThisCommonAfterATitleDescribesTheTitle() {
    assertThat(people("او از عنوان شهید فرهنگی برای جان‌باختگان انتقاد کرد.")).isEmpty();
    assertThat(people("آقای صالحی در جلسه حاضر شد.")).containsExactly("صالحی");
  }

  @Test
  void oneWordInAListOfPeopleIsAPersonWhenNoListHoldsIt() {
    assertThat(people("در این کنسرت آثاری از علی نقی وزیری ، مرلین و پرویز مشکاتیان اجرا شد."))
        .containsExactly("علی نقی وزیری", "مرلین", "پرویز مشکاتیان");
    // an everyday word in such a list is no one
    assertThat(people("علی نقی وزیری ، موسیقی و ادبیات را آموخت."))
        .containsExactly("علی نقی وزیری");
  }

  @Test
  void aMonthsNameBeforeAFamilyNameIsAGivenName() {
    assertThat(people("بهمن عبداللهی رئیس اتاق تعاون از تشکیل بانک خبر داد."))
        .containsExactly("بهمن عبداللهی");
    assertThat(people("راهپیمایی ۲۲ بهمن امسال با حضور مردم برگزار شد.")).isEmpty();
  }

  @Test
  void aGivenNameEndingACompoundWrittenApartIsNoName() {
    assertThat(people("هر اسید آمینه حاصل از این واکنش جدا شد.")).isEmpty();
  }

  @Test
  void aBlessingUponTwoIsNoGivenNameAndImamHassanNoTown() {
    assertThat(people("امام حسن و امام حسین علیهما السلام چنین فرمودند."))
        .containsExactly("امام حسن", "امام حسین");
    assertThat(NamesOf.type("کشتی در بندر امام حسن پهلو گرفت.", Entity.Type.PLACE))
        .containsExactly("بندر امام حسن");
  }

  @Test
  void aFamilyNamesSecondWordWrittenApartIsPartOfTheName() {
    assertThat(people("مستند به کارگردانی مهدی جبین شناس و تهیه\u200cکنندگی علی حق شناس ساخته شد."))
        .containsExactly("مهدی جبین شناس", "علی حق شناس");
    assertThat(people("محمد مایلی کهن گفت تیم آماده است و مایلی کهن از بازیکنان راضی بود."))
        .containsExactly("محمد مایلی کهن", "مایلی کهن");
    assertThat(people("سید عباس حسینی نیک روز شنبه در گفت وگو با خبرنگاران حاضر شد."))
        .containsExactly("سید عباس حسینی نیک");
    // a word in «ا», or a plural in «ها», bound by the ezafe is no family name
    assertThat(people("فیلم\u200cهای جدید با صدای ژاله صادقیان اجرای خوبی داشت."))
        .containsExactly("ژاله صادقیان");
    assertThat(people("این بار احمدرضا گرشاسبی فیلم\u200cهای قدیمی را زنده کرد."))
        .containsExactly("احمدرضا گرشاسبی");
  }

  @Test
  void aCommonWordAfterAFamilyNameStaysOutOfIt() {
    assertThat(people("مریم احمدی بین مردم رفت و رضا کریمی بخش دوم را اجرا کرد."))
        .containsExactly("مریم احمدی", "رضا کریمی");
    assertThat(people("او کارشناس است.")).isEmpty();
  }

  @Test
  void anIrgcRankIsATitleNoName() {
    assertThat(people("سردار پاسدار محمد کریمی در مراسم سالگرد سخنرانی کرد."))
        .containsExactly("محمد کریمی");
  }

  @Test
  void aSmallTownsNameAfterAGivenNameIsAFamilyName() {
    String text = "حمید سوریان در دور دوم شکست خورد و سوریان گفت برای المپیک آماده است.";
    assertThat(NamesOf.ids(text, Entity.Type.PERSON, Entity.Type.PLACE))
        .containsExactly("person-حمیدسوریان", "person-حمیدسوریان");
    assertThat(NamesOf.ids("قیمت زمین در سوریان بالا رفت.", Entity.Type.PLACE))
        .containsExactly("city-surian");
    assertThat(NamesOf.ids("حسن روحانی به شیراز رفت.", Entity.Type.PLACE)).isNotEmpty();
  }

  @Test
  void aFamilyNameBeforeAVerbOfComingIsNoVerbsNoun() {
    assertThat(people("در دقیقه ۸۰ حسن رضایی به جای او به میدان آمد و علی کریمی آمد."))
        .containsExactly("حسن رضایی", "علی کریمی");
    assertThat(people("در این دیدار علی کریمی رسید و سخنرانی کرد.")).containsExactly("علی کریمی");
  }

  @Test
  void aWordWithTheEzafesYeIsNoRareFamilyName() {
    assertThat(people("شورا بر حسن اجرای قانون اساسی نظارت می\u200cکند.")).isEmpty();
    assertThat(people("او با حسن رضایی دیدار کرد.")).containsExactly("حسن رضایی");
  }

  @Test
  void aFamilyNameThatStartsAnOfficeIsTheOffice() {
    // «صدر» of «صدر اعظم» is the chancellor's office, not Moqtada al-Sadr named before it
    String text =
        "مقتدی صدر روحانی شیعه عراق دیروز گفت که آماده مذاکره است."
            + " پوتین گفت که با گرهارد شرودر صدر اعظم آلمان گفتگو کرده است. صدر نیز سخن گفت.";
    assertThat(NamesOf.ids(text, Entity.Type.PERSON))
        .containsExactly(
            "muqtada-al-sadr", "vladimir-putin", "gerhard-schroeder", "muqtada-al-sadr");
  }
}
