package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «وی», «او»: the last person named before them in their sentence, or at a sentence's start the
 * first person the sentence before names, its subject (issue 17). Sentences written for these
 * rules.
 */
class PronounRulesTest {
  private static List<String> pronouns(String text) {
    return EntityRecognizer.get().mentions(text).stream()
        .filter(s -> s.text().equals("وی") || s.text().equals("او"))
        .map(Span::id)
        .toList();
  }

  @Test
  void aSentenceOpeningPronounIsTheSubjectOfTheSentenceBefore() {
    assertThat(
            pronouns(
                "عبدالحسین شندل وزیر دادگستری عراق گفت محاکمه صدام حسین به پایان می\u200cرسد."
                    + " وی آمریکا را به مانع تراشی متهم کرد."))
        .containsExactly("person-عبدالحسینشندل");
    assertThat(
            pronouns(
                "سعود الفیصل درباره صدام حسین سخن گفت. وی افزود که جنگ راه حل نیست. او گفت صدام"
                    + " باید برود."))
        .containsExactly("saud-al-faisal", "saud-al-faisal");
  }

  @Test
  void insideItsSentenceAPronounIsThePersonNamedLast() {
    assertThat(pronouns("ظریف با لاوروف دیدار کرد و وی گفت روابط خوب است."))
        .containsExactly("sergey-lavrov");
  }
}
