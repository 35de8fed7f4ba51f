package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A foreign official the gazetteer does not know, named between commas right after an office of a
 * country or right after «همتای» and a demonym with «خود», is a person serving that country, and so
 * is every later mention of the family name (issue 17). Sentences written for these rules, none
 * from a corpus.
 */
class AppositionRulesTest {
  @Test
  void aNameSetOffAfterAnOfficeOfACountryServesThatCountry() {
    List<Span> people =
        NamesOf.people(
            "نخست\u200cوزیر لیتوانی، اینگریدا شیمونیته، امروز وارد تهران شد. شیمونیته در"
                + " فرودگاه مورد استقبال قرار گرفت.");
    assertThat(people).extracting(Span::text).containsExactly("اینگریدا شیمونیته", "شیمونیته");
    assertThat(people).extracting(Span::country).containsOnly("LT");
    assertThat(people).extracting(Span::id).containsOnly(people.get(0).id());
    assertThat(people.get(0).role()).isEqualTo("نخست\u200cوزیر لیتوانی");
  }

  @Test
  void aFamilyNameAloneSetOffAfterAnOfficeIsThatPersonLaterToo() {
    assertTwiceInLithuania(
        "وزیر خارجه لیتوانی، لاندسبرگیس، دیروز به تهران آمد. عراقچی امروز با لاندسبرگیس"
            + " دیدار کرد.");
  }

  /** The text names Landsbergis twice, and both times as serving Lithuania. */
  private static void assertTwiceInLithuania(String text) {
    assertThat(NamesOf.people(text))
        .filteredOn(p -> p.text().contains("لاندسبرگیس"))
        .hasSize(2)
        .extracting(Span::country)
        .containsOnly("LT");
  }

  @Test
  void anAmbassadorsPostDoesNotHideTheCountryHeServes() {
    List<Span> people =
        NamesOf.people("سفیر جدید نروژ در تهران، سیگوالد هاوگه، استوارنامه خود را تقدیم کرد.");
    assertThat(people).extracting(Span::text).containsExactly("سیگوالد هاوگه");
    assertThat(people.get(0).country()).isEqualTo("NO");
  }

  @Test
  void anOfficeBeforeAListOfCountriesSetsOffNoName() {
    assertThat(NamesOf.people("وزیران خارجه ایران، روسیه، ترکیه و قطر در آستانه گرد آمدند."))
        .isEmpty();
    // an office without its country before a comma: the name stays, the country is not guessed
    assertThat(NamesOf.people("به گفته نخست\u200cوزیر، اینگریدا شیمونیته، سفر انجام می\u200cشود."))
        .extracting(Span::country)
        .containsOnlyNulls();
  }

  @Test
  void aNameAfterACounterpartWithAReflexiveServesTheDemonymsCountry() {
    assertTwiceInLithuania(
        "عراقچی با همتای لیتوانیایی خود گابریلیوس لاندسبرگیس گفت\u200cوگو کرد. لاندسبرگیس"
            + " بر ادامه رایزنی\u200cها تاکید کرد.");
    // a possessive ending on the demonym says the same
    assertThat(
            NamesOf.people(
                "وزیر خارجه ایران و همتای اسلوونیایی\u200cاش گرگور ولاسنیک دیدار کردند."))
        .extracting(Span::country)
        .containsExactly("SI");
  }

  @Test
  void aNameAfterACounterpartWithoutAReflexiveIsWhoseCounterpartItIs() {
    assertThat(NamesOf.people("لاوروف همتای روس عراقچی است."))
        .extracting(Span::country)
        .containsExactly("RU", "IR");
  }

  @Test
  void aNameNoListHoldsOpeningAClauseBeforeAnOfficeServesItsCountry() {
    List<Span> people =
        NamesOf.people(
            "تانیا فایون، وزیر امور خارجه اسلوونی، روز سه\u200cشنبه با عراقچی تلفنی گفت\u200cوگو"
                + " کرد.");
    assertThat(people).extracting(Span::text).containsExactly("تانیا فایون", "عراقچی");
    assertThat(people.get(0).country()).isEqualTo("SI");
  }

  @Test
  void aNameSetOffBeforeARoleEndsInItsLastWordThoughACommonWord() {
    assertThat(
            NamesOf.type(
                "همچنین محمدرضا جعفری جلوه، معاون سینمایی وزیر فرهنگ، عقاد را مردی بزرگ خواند.",
                Entity.Type.PERSON))
        .contains("محمدرضا جعفری جلوه");
    assertThat(
            NamesOf.type("در این مراسم علیرضا رضا داد، معاون وزیر، سخن گفت.", Entity.Type.PERSON))
        .containsExactly("علیرضا رضا داد");
  }

  @Test
  void theFirstWordOfSuchAFamilyNameAloneIsThatPerson() {
    var ids =
        EntityRecognizer.get()
            .names(
                "فرید براتی سده، معاون وزیر نیرو، گفت: طرح آغاز شد. براتی افزود: کار ادامه دارد.")
            .stream()
            .filter(m -> m.type() == Entity.Type.PERSON)
            .map(Span::id)
            .distinct()
            .toList();
    assertThat(ids).containsExactly("person-فریدبراتیسده");
  }
}
