package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A family name alone that several listed people of one country share (issue 17): a person of that
 * country where it stands as a name. Sentences written for this test, after the Hamshahri
 * development texts («در سفر رایس به مسکو», «رایس گفت»).
 */
class SharedFamilyNameRulesTest {
  @Test
  void aSharedFamilyNameWhereANameStandsIsAPersonOfItsBearersCountry() {
    assertThat(NamesOf.people("در سفر رایس به مسکو درباره عراق گفتگو شد."))
        .singleElement()
        .satisfies(p -> assertThat(p.id()).isEqualTo("person-رایس"))
        .satisfies(p -> assertThat(p.country()).isEqualTo("US"));
    assertThat(NamesOf.people("ژاک شیراک در دیدار با خاتمی گفت همکاری ادامه دارد."))
        .extracting(Span::text, Span::country)
        .containsExactly(Tuple.tuple("ژاک شیراک", "FR"), Tuple.tuple("خاتمی", "IR"));
  }

  @Test
  void talksNameWhoHoldsThem() {
    // Fars corpus headline: «رایزنی» is followed by who consults, as «گفتگوی» and «مذاکره» are
    assertThat(NamesOf.people("رایزنی صالحی و وزیر انرژی قزاقستان در وین"))
        .singleElement()
        .satisfies(p -> assertThat(p.country()).isEqualTo("IR"));
  }

  @Test
  void aPersonReadByAnotherPatternTakesTheCountryToo() {
    assertThat(NamesOf.people("خانم رایس در این سفر حرفی تازه ندارد."))
        .singleElement()
        .satisfies(p -> assertThat(p.country()).isEqualTo("US"));
  }

  @Test
  void namedInFullTheWordIsThatPerson() {
    assertThat(
            NamesOf.ids(
                "کاندولیزا رایس به آنکارا رفت. رایس گفت: گفتگو ادامه دارد.",
                Entity.Type.PERSON,
                Entity.Type.PLACE))
        .containsExactly("condoleezza-rice", "capital-tr", "condoleezza-rice");
  }

  @Test
  void afterAnotherWordOrWhereItIsAWordItIsNoName() {
    // after a describing word the family name is not where a name stands
    assertThat(NamesOf.people("خواسته\u200cهای تند رایس از روسیه بی\u200cپاسخ ماند.")).isEmpty();
    // an adjective, a word made from a commoner word, or an everyday word: no person
    assertThat(NamesOf.people("با سلام و درود به همه شهروندان.")).isEmpty();
    assertThat(NamesOf.people("با حسینی\u200cترین شعارها به خیابان آمدند.")).isEmpty();
    // «آل خلیفه» is a house, «بن عبدالعزیز» a father: «خلیفه» alone is a caliph
    assertThat(NamesOf.people("او در مباحثه\u200cای با خلیفه عباسی سخن گفت.")).isEmpty();
    // bearers of different countries (Nawaz Sharif of Pakistan, Ahmed Ali Saleh of Yemen,
    // Barham Salih of Iraq): which country the word cannot say
    assertThat(NamesOf.people("با صالح گفتگو کردند."))
        .allSatisfy(p -> assertThat(p.country()).isNull());
  }

  @Test
  void theOneBearerWhoseOfficeTheTextNamesIsMeant() {
    assertThat(NamesOf.people("رئیس جمهور گفت: سفر خاتمی به الجزایر موفق بود."))
        .extracting(Span::id)
        .containsExactly("mohammad-khatami");
    assertThat(NamesOf.people("خطیب نماز جمعه تهران گفت: خاتمی در نماز جمعه سخن گفت."))
        .extracting(Span::id)
        .containsExactly("ahmad-khatami");
    assertThat(NamesOf.people("وزیر امور خارجه آمریکا گفت: رایس به مسکو می\u200cرود."))
        .extracting(Span::id)
        .containsExactly("condoleezza-rice");
  }

  @Test
  void aGivenNameSpelledOtherwiseBeforeASharedFamilyNameIsItsBearers() {
    // «کاندالیزا» and «کوندالیزا» for the listed «کاندولیزا»: the long vowels aside, one name
    assertThat(NamesOf.people("کاندالیزا رایس به مسکو رفت."))
        .extracting(Span::id, Span::text)
        .containsExactly(Tuple.tuple("condoleezza-rice", "کاندالیزا رایس"));
    // a given name no bearer has: someone of their country, by both words
    assertThat(NamesOf.people("ملامصطفی بارزانی در اربیل درگذشت."))
        .extracting(Span::text, Span::country)
        .containsExactly(Tuple.tuple("ملامصطفی بارزانی", "IQ"));
    // the rest of «گفت‌وگو» is no given name
    assertThat(NamesOf.people("در گفت وگوهای رایس با لاوروف درباره عراق بحث شد."))
        .extracting(Span::text)
        .doesNotContain("وگوهای رایس");
  }
}
