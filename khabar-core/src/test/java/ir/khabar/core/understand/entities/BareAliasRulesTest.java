package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listed Iranian's family name alone that is also an everyday word is that person only on
 * evidence (issue 17; sentence shapes of the Hamshahri development documents, 1381–1385).
 */
class BareAliasRulesTest {
  private static List<String> ids(String text) {
    return NamesOf.ids(text, Entity.Type.PERSON);
  }

  @Test
  void anEverydayWordIsNoListedPersonWithoutEvidence() {
    assertThat(ids("توليد انرژي در ايران به شدت به سوخت هاي فسيلي متكي است.")).isEmpty();
    assertThat(ids("فرشهاي كرك از الياف ظريف و بلند پشمي تهيه مي شوند.")).isEmpty();
    assertThat(ids("مربي قاليباف كشورهاي آسياي ميانه در كارگاه شركت كردند.")).isEmpty();
    // after a preposition, where a name may stand, an infinitive makes the word a quality
    assertThat(ids("طراحان با توجه به ظريف بودن اين پارچه ها از دوخت دستي استفاده كردند."))
        .isEmpty();
  }

  @Test
  void aTitleTheFullNameOrTheOfficeTheyHoldIsEvidence() {
    assertThat(ids("بازديد دكتر قاليباف از تونل رسالت انجام شد."))
        .containsExactly("mohammad-bagher-ghalibaf");
    assertThat(ids("منوچهر متكي به مسكو رفت. متكي در فرودگاه به خبرنگاران چيزي نگفت."))
        .containsOnly("manouchehr-mottaki");
    assertThat(ids("وزير امور خارجه برزيل پس از گفت وگو با ظريف به برازيليا بازگشت."))
        .contains("mohammad-javad-zarif");
  }

  @Test
  void aSpeakerOfThatFamilyNameIsSomeoneElse() {
    // the freeway official, introduced only by his office, is not Ayatollah Montazeri
    String road =
        "مجري طرح آزادراه هاي كشور با بيان اين مطلب گفت: محور رفت تا پايان خرداد آماده است."
            + " منتظري افزود: محور سرچم نيز تكميل مي شود.";
    assertThat(ids(road)).containsExactly("person-منتظری");
    assertThat(ids("بعدها آيت الله منتظري به عنوان قائم مقام رهبري تعيين شد."))
        .containsExactly("hossein-ali-montazeri");
  }

  @Test
  void aForeignNameIsNotAskedForEvidence() {
    assertThat(ids("آنها شهداي زيادي در راه مبارزه با رژيم صدام داده اند."))
        .containsExactly("saddam-hussein");
  }

  @Test
  void aListedNameThatIsAGivenNameStartsSomeoneElsesFullName() {
    assertThat(ids("مهندس نصرالله جهانگرد دبير شوراي عالي اطلاع رساني گفت."))
        .containsExactly("person-نصراللهجهانگرد");
    assertThat(ids("در اين جلسه دكتر نصرالله حكمت به سخنراني پرداخت."))
        .containsExactly("person-نصراللهحکمت");
    assertThat(ids("نصرالله سجادی می داند که ابتدا تست هایی گرفته می شود."))
        .containsExactly("person-نصراللهسجادی");
    // a plain word after it is no family name
    assertThat(ids("افرادي كه با رژيم صدام همكاري نزديكي داشته اند."))
        .containsExactly("saddam-hussein");
  }

  @Test
  void aNameRightAfterANumberIsAMeasure() {
    assertThat(ids("اين نيروگاه 826 مگاواتي 28 سال است كه كار مي كند.")).isEmpty();
    assertThat(ids("مگاواتي سوكارنوپوتري به جاكارتا بازگشت."))
        .containsExactly("megawati-sukarnoputri");
  }
}
