package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * A town's governor, mayor or Friday prayer leader outside Tehran, named like a listed national
 * figure, is a namesake (a helper's reading of the Fars corpus; the Hamshahri development texts'
 * mayor of Bam). Sentences written for the rule.
 */
class LocalOfficeRulesTest {
  @Test
  void aTownsOfficeMakesANamesake() {
    assertThat(
            NamesOf.ids(
                "حجت\u200cالاسلام حسن روحانی امام جمعه بابل گفت: مردم حاضر شدند.",
                Entity.Type.PERSON))
        .containsExactly("person-حسنروحانی");
    assertThat(
            NamesOf.ids("محمد باقری شهردار بم گفت: شهر بازسازی می\u200cشود.", Entity.Type.PERSON))
        .containsExactly("person-محمدباقری");
  }

  @Test
  void tehransOfficesAndNationalOnesKeepTheListedPerson() {
    assertThat(
            NamesOf.ids(
                "محمدباقر قالیباف شهردار تهران گفت: مترو توسعه می\u200cیابد.", Entity.Type.PERSON))
        .containsExactly("mohammad-bagher-ghalibaf");
    assertThat(
            NamesOf.ids(
                "حسن روحانی رئیس جمهور در سفر به استان کرمان گفت: کار ادامه دارد.",
                Entity.Type.PERSON))
        .containsExactly("hassan-rouhani");
    // a head of a provincial branch may be the listed official on the way up
    assertThat(
            NamesOf.ids(
                "علی صالح آبادی، سرپرست تالار منطقه\u200cای کرج گفت: بازار آرام است.",
                Entity.Type.PERSON))
        .containsExactly("ali-salehabadi");
  }
}
