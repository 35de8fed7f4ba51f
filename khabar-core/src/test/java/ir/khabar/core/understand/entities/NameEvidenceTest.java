package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking on evidence, and what is not a name, on the sentences issue 17 reported. */
class NameEvidenceTest {
  private final EntityRecognizer recognizer = EntityRecognizer.get();

  private List<Span> people(String text) {
    return recognizer.names(text).stream().filter(s -> s.type() == Entity.Type.PERSON).toList();
  }

  @Test
  void aGivenNameThatDisagreesIsAnotherPersonOfTheSameFamilyName() {
    // Farouk al-Sharaa is in the lists now: his own entry, never Ahmed al-Sharaa's «الشرع»
    assertThat(people("فاروق الشرع معاون رئیس جمهور سوریه در آن زمان با ظریف دیدار کرد."))
        .extracting(Span::text, Span::id)
        .contains(org.assertj.core.groups.Tuple.tuple("فاروق الشرع", "farouk-al-sharaa"))
        .noneMatch(t -> t.toList().contains("ahmed-al-sharaa"));
    assertThat(people("احمد الشرع رئیس جمهور سوریه با پوتین دیدار کرد."))
        .extracting(Span::id)
        .containsExactly("ahmed-al-sharaa", "vladimir-putin");
    assertThat(people("سید عباس عراقچی در مسکو با لاوروف دیدار کرد."))
        .extracting(Span::id)
        .containsExactly("abbas-araghchi", "sergey-lavrov");
  }

  @Test
  void aRoleBelongsToTheNameItStandsBesideNotToOneAcrossAPreposition() {
    Span putin = people("احمد الشرع رئیس جمهور سوریه با پوتین دیدار کرد.").get(1);
    assertThat(putin.role()).isNull();
    assertThat(putin.country()).isEqualTo("RU");
    Span kazakbaev =
        people("روسلان کازاکبایف وزیر امور خارجه جمهوری قرقیزستان نیز در این دیدار تشکر کرد.")
            .get(0);
    assertThat(kazakbaev.country()).isEqualTo("KG");
  }

  @Test
  void titlesAndTitleWordsAreNoPeople() {
    assertThat(people("حجت الاسلام گفت: این مراسم برگزار می\u200cشود.")).isEmpty();
    assertThat(people("امام راحل به ما آموخت که حوزه و دانشگاه بال\u200cهای یک پرنده\u200cاند."))
        .isEmpty();
    assertThat(people("مدافع تیم ملی گفت: ما آماده\u200cایم.")).isEmpty();
    assertThat(people("علی رغم تلاش\u200cها نتیجه نداد.")).isEmpty();
    assertThat(people("حسن قشقاوی عضو کمیسیون امنیت ملی و سیاست خارجی مجلس گفت."))
        .extracting(Span::text)
        .containsExactly("حسن قشقاوی");
  }

  @Test
  void aPublicationIsNotTheOrganisationItsNameContains() {
    List<Span> names =
        recognizer.names("هفته\u200cنامه خط حزب\u200cالله در شماره جدید خود به این موضوع پرداخت.");
    assertThat(names).extracting(Span::text).containsExactly("هفته\u200cنامه خط حزب\u200cالله");
    assertThat(names).extracting(Span::id).doesNotContain("org-lb-hezbollah");
    assertThat(recognizer.names("به گزارش «خط حزب\u200cالله»، رهبر انقلاب در این دیدار سخن گفت."))
        .extracting(Span::id)
        .doesNotContain("org-lb-hezbollah");
    assertThat(recognizer.names("حزب\u200cالله لبنان این حمله را محکوم کرد."))
        .extracting(Span::id)
        .contains("org-lb-hezbollah");
  }

  @Test
  void anOrganisationHeadThatMakesOneWordWithTheNextIsNoOrganisation() {
    assertThat(recognizer.names("شرکت کنندگان در همایش از غرفه\u200cها بازدید کردند.")).isEmpty();
  }

  @Test
  void placeNamesThatAreCommonWordsNeedEvidence() {
    assertThat(recognizer.names("او آن را بر دوش گرفت و نیز گفت که می\u200cآید.")).isEmpty();
    assertThat(recognizer.names("روز دوشنبه ۱۳ اردیبهشت در آستانه سفر بود.")).isEmpty();
    assertThat(recognizer.names("وزیر خارجه ازبکستان به دوشنبه سفر کرد."))
        .extracting(Span::id)
        .contains("capital-tj");
    assertThat(recognizer.names("رئیس جمهوری آمریکا گفت که آماده است."))
        .extracting(Span::text)
        .containsExactly("آمریکا");
  }
}
