package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A centre or office named for a national or research field is an institution of its own (issue
 * 17), with no body after it: «مرکز تحقیقات راهبردی دفاعی». Sentences written for this test.
 */
class InstitutionUnitRulesTest {
  @Test
  void aCentreOfResearchOrANationalCentreIsABody() {
    assertThat(NamesOf.organisations("مرکز تحقیقات راهبردی دفاعی این گزارش را منتشر کرد."))
        .containsExactly("مرکز تحقیقات راهبردی دفاعی");
    assertThat(NamesOf.organisations("به گفته مرکز ملی فرش ایران صادرات بیشتر شد."))
        .containsExactly("مرکز ملی فرش ایران");
  }

  @Test
  void anAdverbOfDegreeOrNearlyEndsABodysName() {
    assertThat(NamesOf.organisations("این موضوع برای فدراسیون دوومیدانی بسیار مهم است."))
        .containsExactly("فدراسیون دوومیدانی");
    assertThat(NamesOf.organisations("انجمن صنفی نانوایان نزدیک به ده سال است که فعالیت دارد."))
        .containsExactly("انجمن صنفی نانوایان");
  }

  @Test
  void anyResearchCentreOrASectorIsNoBody() {
    assertThat(NamesOf.organisations("او در مرکز تحقیقات کار می\u200cکند.")).isEmpty();
    assertThat(NamesOf.organisations("بخش تحقیقات و فناوری بودجه بیشتری گرفت.")).isEmpty();
  }
}
