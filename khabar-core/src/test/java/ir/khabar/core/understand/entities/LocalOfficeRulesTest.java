package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town's governor, mayor or Friday prayer leader outside Tehran, named like a listed national
 * figure, is a namesake (a helper's reading of the Fars corpus; the Hamshahri development texts'
 * mayor of Bam). Sentences written for the rule.
 */
class LocalOfficeRulesTest {
  private static List<String> people(String text) {
    return NamesOf.ids(text, Entity.Type.PERSON);
  }

  @Test
  void aTownsOfficeIsANamesakes() {
    assertThat(people("حجت\u200cالاسلام حسن روحانی امام جمعه بابل گفت: مردم حاضر شدند."))
        .containsExactly("person-حسنروحانی");
    assertThat(people("محمد باقری شهردار بم گفت: شهر بازسازی می\u200cشود."))
        .containsExactly("person-محمدباقری");
  }

  @Test
  void tehransOfficesAndNationalOnesKeepTheListedPerson() {
    assertThat(people("محمدباقر قالیباف شهردار تهران گفت: مترو توسعه می\u200cیابد."))
        .containsExactly("mohammad-bagher-ghalibaf");
    assertThat(people("حسن روحانی رئیس جمهور در سفر به استان کرمان گفت: کار ادامه دارد."))
        .containsExactly("hassan-rouhani");
    // a head of a provincial branch may be the listed official on the way up
    assertThat(people("علی صالح آبادی، سرپرست تالار منطقه\u200cای کرج گفت: بازار آرام است."))
        .containsExactly("ali-salehabadi");
  }
}
