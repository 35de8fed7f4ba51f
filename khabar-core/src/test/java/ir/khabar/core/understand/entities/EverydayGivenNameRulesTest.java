package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given names that are everyday words first (issue 17): they start a person only on more evidence
 * than a plain word after them. Sentences written for these rules, none from a corpus.
 */
class EverydayGivenNameRulesTest {
  private static List<String> people(String text) {
    return NamesOf.type(text, Entity.Type.PERSON);
  }

  @Test
  void anAdjectiveOfAnEverydayWordBeforeANounIsNoName() {
    assertThat(people("وی بیشتر به جنبه هنری نمایشگاه تاکید داشت.")).isEmpty();
    assertThat(people("آثار هنری باستانی در موزه شهر نگهداری می\u200cشود.")).isEmpty();
    assertThat(people("شبکه فیبر نوری پرسرعت در شهر راه اندازی شد.")).isEmpty();
  }

  @Test
  void joeIsTheAtmosphereBeforeAPlainWord() {
    assertThat(people("جو روانی بازار پس از این خبر آرام شد.")).isEmpty();
    assertThat(people("او می\u200cخواست بر این جو نارضایتی سرپوش بگذارد.")).isEmpty();
    assertThat(people("جو بایدن رئیس جمهور آمریکا گفت.")).containsExactly("جو بایدن");
  }

  @Test
  void aVerbOfSayingIsNoEvidenceAfterAnEverydayWordAndAPlainOne() {
    assertThat(people("او با کمال شگفتی گفت که نمی\u200cداند.")).isEmpty();
  }

  @Test
  void theSameNamesWithATitleOrAFamilyNameAreStillPeople() {
    assertThat(people("آقای هنری گفت که فردا می\u200cآید.")).containsExactly("هنری");
    assertThat(people("هنری فالکون نامزد انتخابات شد.")).containsExactly("هنری فالکون");
    assertThat(people("هنری کیسینجر به پکن رفت.")).containsExactly("هنری کیسینجر");
    assertThat(people("نوری مالکی نخست وزیر عراق گفت.")).contains("نوری مالکی");
  }
}
