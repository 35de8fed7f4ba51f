package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second pass's span rules (issue 17), each on a sentence of the kind PEYMA's misses showed.
 */
class SpanRulesTest {
  private final EntityRecognizer recognizer = EntityRecognizer.get();

  private List<String> spans(String text, Entity.Type type) {
    return NamesOf.type(text, type);
  }

  @Test
  void anOrganisationRunsThroughAndBetweenTwoOfItsFields() {
    assertThat(
            spans("اداره راه و شهرسازی قوچان این جاده را بازگشایی کرد.", Entity.Type.ORGANISATION))
        .containsExactly("اداره راه و شهرسازی قوچان");
    // «و» before another body's head word ends the name
    assertThat(spans("وزارت نیرو و شهرداری تهران توافق کردند.", Entity.Type.ORGANISATION))
        .doesNotContain("وزارت نیرو و شهرداری تهران");
  }

  @Test
  void aProvinceOrCitySpanTakesInItsUnit() {
    assertThat(recognizer.names("باران در استان کرمانشاه و شهر حلب بارید."))
        .extracting(Span::text, Span::id)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "استان کرمانشاه", recognizer.resolve("کرمانشاه", Entity.Type.PLACE)))
        .extracting(t -> t.toList().get(0))
        .contains("شهر حلب"); // as PEYMA writes it: «شهر» is one word of the span
  }

  @Test
  void aGivenNameAndAWordBeforeAVerbOfSayingAreAPerson() {
    assertThat(spans("ناصر کرمی افزود: شهرستان دشتستان رتبه اول را دارد.", Entity.Type.PERSON))
        .containsExactly("ناصر کرمی");
  }

  @Test
  void aLoneFamilyNameIsThePersonNamedInFullAlsoInTheHeadline() {
    List<Span> people =
        NamesOf.people("انتقاد کفاشیان از برنامه لیگ\nعلی کفاشیان گفت که برنامه تغییر کرد.");
    assertThat(people).extracting(Span::text).containsExactly("کفاشیان", "علی کفاشیان");
    assertThat(people.get(0).id()).isEqualTo(people.get(1).id());
  }

  @Test
  void aCommonGivenNameAndAFamilyNameInYAreAPerson() {
    // family names in «ی» that the word lists hold (قاسمی, خیابانی), less common than adjectives
    assertThat(spans("حمید قاسمی و جواد خیابانی به تهران آمدند.", Entity.Type.PERSON))
        .containsExactly("حمید قاسمی", "جواد خیابانی");
    // a given name that is an everyday word needs a family name no list holds as a word
    assertThat(spans("ستاره کشتی ایران به المپیک رفت.", Entity.Type.PERSON)).isEmpty();
    assertThat(spans("مهدی ملی به خانه رفت.", Entity.Type.PERSON)).isEmpty();
  }

  @Test
  void aFacilityOrVillageNamedAfterAPlaceIsOnePlaceSpan() {
    assertThat(spans("پروازهای فرودگاه بجنورد و روستای اسفیدان لغو شد.", Entity.Type.PLACE))
        .contains("فرودگاه بجنورد");
    assertThat(spans("باران در شهر حلب بارید.", Entity.Type.PLACE)).containsExactly("شهر حلب");
    // a country introduced by «کشور», as PEYMA writes it
    assertThat(spans("او در سفر به کشور اندونزی گفت.", Entity.Type.COUNTRY))
        .containsExactly("کشور اندونزی");
    assertThat(spans("رئیس جمهور این کشور گفت.", Entity.Type.COUNTRY)).isEmpty();
    // the part of a place named before it is in its span, as PEYMA writes it
    assertThat(spans("نیروها در شمال اربیل و جنوب غربی تهران مستقر شدند.", Entity.Type.PLACE))
        .containsExactly("شمال اربیل", "جنوب غربی تهران");
    assertThat(spans("در شرق استان گلستان باران بارید.", Entity.Type.PLACE))
        .containsExactly("شرق استان گلستان");
    assertThat(spans("در جنوب غرب تهران باران بارید.", Entity.Type.PLACE))
        .containsExactly("جنوب غرب تهران");
    // «شهر» that ends a listed city's name is no unit of the next: Nasimshahr, then Karaj
    assertThat(spans("این حادثه در نسیم شهر کرج اتفاق افتاد.", Entity.Type.PLACE))
        .containsExactly("نسیم شهر", "کرج");
  }

  @Test
  void aPlaceNoListKnowsIsReadFromItsHeadWord() {
    assertThat(spans("آتش سوزی در تالاب هشیلان ساعت 11 آغاز شد.", Entity.Type.PLACE))
        .containsExactly("تالاب هشیلان");
    assertThat(spans("گاز در روستای شهیدآباد قزوین نشت کرد.", Entity.Type.PLACE))
        .containsExactly("روستای شهیدآباد قزوین");
    // any place of its kind, and the places a route names, are not one
    assertThat(spans("این دریاچه کوچک و 20 قلعه تاریخی دیدنی\u200cاند.", Entity.Type.PLACE))
        .isEmpty();
    assertThat(spans("مینی بوس در اتوبان قزوین ـ کرج واژگون شد.", Entity.Type.PLACE))
        .containsExactly("قزوین", "کرج");
  }

  @Test
  void aPlacesNameEndsBeforeThePredicateAsAnOrganisationsDoes() {
    assertThat(
            NamesOf.type(
                "ژاپن برای توسعه میدان نفتی آزادگان قائل به اولویت است.", Entity.Type.PLACE))
        .containsExactly("میدان نفتی آزادگان");
    assertThat(NamesOf.type("آب رودخانه وسیع است.", Entity.Type.PLACE)).isEmpty();
  }
}
