package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A family name alone after a phrase of quoting («به گفته», «به نقل از», «از قول», «سخنان») is the
 * speaker's (issue 17). Sentences written for this test.
 */
class QuotedSpeakerRulesTest {
  private static List<String> people(String text) {
    return NamesOf.type(text, Entity.Type.PERSON);
  }

  @Test
  void aFamilyNameAfterAPhraseOfQuotingIsThePersonQuoted() {
    assertThat(people("به گفته مسافری، کد شناسه برای هر بیمه گذار صادر می\u200cشود."))
        .containsExactly("مسافری");
    assertThat(people("روزنامه به نقل از نهاوندیان: وظیفه دولت حراست از آزادی بیان است."))
        .containsExactly("نهاوندیان");
    assertThat(people("سخنان شریعتمداری درباره انتخابات بازتاب داشت."))
        .containsExactly("شریعتمداری");
  }

  @Test
  void peopleByTheirGroupAndOutletsAreNoOnesName() {
    assertThat(people("به گفته دانشجویان، بسیاری از استادان شغل دوم دارند.")).isEmpty();
    assertThat(people("به گفته کارشناسان، قیمت\u200cها بالا رفت.")).isEmpty();
    assertThat(people("به نقل از رویترز، این طرح اجرا شد.")).isEmpty();
  }

  @Test
  void aWordAfterTheNameThatIsNoPauseLeavesItUnread() {
    assertThat(people("به گفته مدیرکل بنادر، کشتی دیروز رسید.")).isEmpty();
  }
}
