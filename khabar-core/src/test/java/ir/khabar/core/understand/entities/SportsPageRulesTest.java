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
}
