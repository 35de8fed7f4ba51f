package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of sports pages that read as listed people (Hamshahri dev, 1382–1385). */
class SportsPageRulesTest {
  private static List<String> people(String text) {
    return NamesOf.ids(text, Entity.Type.PERSON);
  }

  @Test
  void twoGoalsIsNoDeGaulle() {
    assertThat(people("استقلال در نیمه اول، دو گل زد.")).isEmpty();
    assertThat(people("ژنرال دوگل به پاریس رفت.")).containsExactly("charles-de-gaulle");
    assertThat(people("دومینیک دو ویلپن به بغداد رفت.")).containsExactly("dominique-de-villepin");
  }

  @Test
  void aPoliticiansFamilyNameAloneOnASportsPageIsNoLink() {
    String league =
        "در لیگ برتر فوتبال انگلیس بولتون میزبان چارلتون خواهد بود. سرمربی این تیم گفت بازیکنان"
            + " آماده اند.";
    assertThat(people(league)).doesNotContain("john-bolton");
    assertThat(
            people("جان بولتون دیروز به مسکو رفت. بولتون گفت فوتبال و لیگ و سرمربی را دوست دارد."))
        .containsOnly("john-bolton");
    assertThat(people("بولتون میزبان هیأت روسی بود.")).containsExactly("john-bolton");
  }
}
