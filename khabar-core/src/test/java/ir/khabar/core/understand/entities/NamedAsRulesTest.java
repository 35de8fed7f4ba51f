package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People the text introduces by a given name alone, then names so again (issue 17). Sentences
 * written for this test.
 */
class NamedAsRulesTest {
  private static List<String> people(String text) {
    return NamesOf.type(text, Entity.Type.PERSON);
  }

  @Test
  void aGivenNameIntroducedByBeNameIsAPersonAndSoIsItsLaterMention() {
    String text =
        "ماموران با زن جوانی به نام نسرین روبه\u200cرو شدند. نسرین به ماموران گفت همسایه\u200cها"
            + " او را نجات دادند.";
    assertThat(NamesOf.ids(text, Entity.Type.PERSON)).startsWith("person-نسرین", "person-نسرین");
  }

  @Test
  void aGivenNameThatIsAWordNeedsSomeoneBeforeIt() {
    assertThat(people("او کتابی به نام پیمان منتشر کرد و پیمان پرفروش شد.")).isEmpty();
    assertThat(people("پلیس مردی به نام پیمان را دستگیر کرد.")).containsExactly("پیمان");
  }

  @Test
  void aFullNameAfterBeNameStaysWhole() {
    assertThat(people("شاکی از فردی به نام حسن رضایی شکایت کرد.")).containsExactly("حسن رضایی");
  }
}
