package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What can be a name after a title (issue 17): the title is no part of the name. Sentences written
 * for these rules, none from a corpus.
 */
class PersonTitleRulesTest {
  private static List<String> people(String text) {
    return NamesOf.type(text, Entity.Type.PERSON);
  }

  @Test
  void aGeneralsRankIsATitleNotAPartOfHisName() {
    assertThat(people("ژنرال موشه کاپلینسکی فرمانده ارتش دیروز به منطقه رفت."))
        .containsExactly("موشه کاپلینسکی");
    assertThat(people("به گفته ژنرال پترائوس، نیروها باز می\u200cگردند."))
        .containsExactly("پترائوس");
    assertThat(people("ژنرال بازنشسته موشه کاپلینسکی به منطقه رفت."))
        .containsExactly("موشه کاپلینسکی");
  }

  @Test
  void anAdverbAfterASubjectIsNoFamilyName() {
    assertThat(people("علی بارها گفته بود که باز می\u200cگردد.")).isEmpty();
    assertThat(people("آقای هاشمی همواره بر این نکته تاکید داشت.")).containsExactly("هاشمی");
  }

  @Test
  void aCommonAdjectiveOrAPluralAfterATitleIsNoName() {
    assertThat(people("یاد شهید بزرگ در شهر گرامی داشته شد.")).isEmpty();
    // «امام زمان» is the Mahdi by his epithet (ImamEpithetRulesTest); the prayer leader is no one
    assertThat(people("در روز عید امام جماعت مسجد سخنرانی کرد.")).isEmpty();
    assertThat(people("آقای ظریف در این دیدار گفت.")).containsExactly("ظریف");
  }

  @Test
  void aKinshipNounWithItsPossessorIsNoName() {
    assertThat(people("مرحوم پدرم اصلا به دنبال حقوق مادی نبود.")).isEmpty();
    assertThat(people("پدرم گفت که این کار درست نیست.")).isEmpty();
    assertThat(people("او از شهید برادرش یاد کرد و مرحوم همسرشان را ستود.")).isEmpty();
    assertThat(people("مرحوم پدرام در این شهر به دنیا آمد.")).containsExactly("پدرام");
  }

  @Test
  void aRolesWordBeforeAVerbIsItsParticiple() {
    assertThat(people("تندروها می‌خواهند پیام «تغییر رژیم» فرستاده شود.")).isEmpty();
    assertThat(NamesOf.ids("جیمز دابینز فرستاده آمریکا با ظریف دیدار کرد.", Entity.Type.PERSON))
        .hasSize(2);
  }

  @Test
  void wordsInSmallLatinLettersAreNoName() {
    assertThat(people("سرویس voice mail به زودی راه اندازی می\u200cشود.")).isEmpty();
    assertThat(people("فایل pdf گزارش منتشر شد و محموله lng رسید.")).isEmpty();
    assertThat(people("جان کری (John Kerry) گفت.")).contains("جان کری");
  }

  @Test
  void aPluralOrACommonAdjectiveAfterAGivenNameIsNoFamilyName() {
    assertThat(people("ملک سلمان و سعود فرزندان خود را فرستادند.")).doesNotContain("سعود فرزندان");
    assertThat(people("علی کریمی در این بازی درخشید.")).containsExactly("علی کریمی");
  }

  @Test
  void theGrandMuftiIsOneTitleNotATitleAndAGivenName() {
    assertThat(people("مفتی اعظم عربستان روز جمعه فتوا داد.")).isEmpty();
    assertThat(people("اعظم طالقانی در جلسه سخن گفت.")).containsExactly("اعظم طالقانی");
  }

  @Test
  void anOfficePointedAtNamesNoOneAfterIt() {
    // Hamshahri development text: «مقام» pointed at is the country's standing, no official
    assertThat(people("هر گونه تلاش آمریکا برای نادیده گرفتن این مقام ژئوپلیتک ناممکن است."))
        .isEmpty();
    // an office not pointed at still names the one after it, and so does a pointed one before a
    // given name
    assertThat(people("سفیر ژاپن کازوتوشی آیکاوا دیروز گفت.")).containsExactly("کازوتوشی آیکاوا");
    assertThat(people("این سفیر کازوتوشی آیکاوا است.")).containsExactly("کازوتوشی آیکاوا");
  }
}
