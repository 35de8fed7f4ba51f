package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Common Iranian given names the list lacked (issue 17): with one, a family name after it is a
 * person's. Names that are far more often everyday words stay out. Sentences written for this test,
 * none from a corpus.
 */
class GivenNamesGazetteerTest {
  private static List<String> people(String text) {
    return NamesOf.type(text, Entity.Type.PERSON);
  }

  @Test
  void aGivenNameOnceMissingNowStartsAPersonsName() {
    assertThat(people("همایون اسعدی رئیس انجمن صنفی گفت که جلسه فردا برگزار می\u200cشود."))
        .containsExactly("همایون اسعدی");
    assertThat(people("سیامک قاسمی در این مسابقه دوم شد.")).containsExactly("سیامک قاسمی");
    assertThat(people("بهناز رضایی سخنگوی انجمن اعلام کرد.")).containsExactly("بهناز رضایی");
    assertThat(people("حمزه کریمی و پژمان نوروزی به تیم ملی دعوت شدند."))
        .containsExactly("حمزه کریمی", "پژمان نوروزی");
  }

  @Test
  void foreignGivenNamesAndGluedSayyidFormsStartNamesToo() {
    assertThat(people("یورگن کلوپ سرمربی تیم گفت که بازیکنانش خسته\u200cاند."))
        .containsExactly("یورگن کلوپ");
    assertThat(people("پاس کریستیانو رونالدو به گل رسید.")).containsExactly("کریستیانو رونالدو");
    assertThat(people("سیدعلی موسوی مدیرکل اداره گفت.")).containsExactly("سیدعلی موسوی");
  }

  @Test
  void aQuantifierAfterAGivenNameIsNoFamilyName() {
    assertThat(people("پیشنهاد آنها به زلاتان چند میلیون یورو است.")).doesNotContain("زلاتان چند");
    assertThat(people("هر چند پژمان نوروزی دیر رسید، بازی کرد.")).containsExactly("پژمان نوروزی");
  }

  @Test
  void aListedPluralIsNoThirdWordOfAName() {
    assertThat(people("این اقدام حسن نیت شیعیان را نشان داد.")).isEmpty();
    assertThat(people("محمد جواد ظریفیان گفت که طرح آماده است."))
        .containsExactly("محمد جواد ظریفیان");
  }

  @Test
  void namesOfTodaysYoungerIraniansStartAPersonsNameToo() {
    assertThat(people("خشایار کاشانی کارگردان این فیلم گفت که اکران به تعویق افتاد."))
        .containsExactly("خشایار کاشانی");
    assertThat(people("در این مسابقه طاها کریمی اول شد و مهرسا احمدی دوم."))
        .containsExactly("طاها کریمی", "مهرسا احمدی");
    assertThat(people("شعیب نوری و کمیل رستمی به اردوی تیم ملی دعوت شدند."))
        .containsExactly("شعیب نوری", "کمیل رستمی");
  }

  @Test
  void flowersAndSparksAreNoGivenNames() {
    assertThat(people("نسترن سرخ و آلاله آبی در این باغ می\u200cروید.")).isEmpty();
    assertThat(people("خبرگزاری سانا گزارش داد.")).isEmpty();
  }

  @Test
  void everydayWordsLeftOutOfTheListStartNoName() {
    assertThat(people("شایان ذکر است که نمایشگاه فردا آغاز می\u200cشود.")).isEmpty();
    assertThat(people("کسری بودجه دولت امسال بیشتر شد.")).isEmpty();
    assertThat(people("قدرت نظامی کشور افزایش یافت.")).isEmpty();
    assertThat(people("دولت نیازمند سامان بخشی به سیستم\u200cهای موجود است.")).isEmpty();
  }
}
