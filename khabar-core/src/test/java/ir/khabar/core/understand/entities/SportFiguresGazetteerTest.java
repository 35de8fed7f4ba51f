package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * The few sport figures Iranian news names most often are listed (issue 17): «کارلوس کی روش» was
 * «کارلوس کی», «کی» read as a family name; and Rio is named alone. Sentences written for this test.
 */
class SportFiguresGazetteerTest {
  @Test
  void theCoachIsFoundInEverySpellingOfHisName() {
    assertThat(NamesOf.ids("کارلوس کی روش سرمربی تیم ملی گفت.", Entity.Type.PERSON))
        .containsExactly("carlos-queiroz");
    assertThat(NamesOf.ids("کی\u200cروش فهرست بازیکنان را اعلام کرد.", Entity.Type.PERSON))
        .containsExactly("carlos-queiroz");
  }

  @Test
  void rioAloneIsTheCityOfItsGames() {
    assertThat(NamesOf.ids("کاروان ایران در المپیک ریو هشت مدال گرفت.", Entity.Type.PLACE))
        .containsExactly("city-rio-de-janeiro");
  }

  @Test
  void theWordWhoInAnotherNameStaysThatName() {
    assertThat(NamesOf.ids("بان کی مون دبیرکل سازمان ملل گفت.", Entity.Type.PERSON))
        .containsExactly("ban-ki-moon");
  }

  @Test
  void coachesAndPlayersAreFoundByTheirFamilyNameAlone() {
    assertThat(NamesOf.ids("شاگردان لوزانو کوبا را شکست دادند.", Entity.Type.PERSON))
        .containsExactly("raul-lozano");
    assertThat(NamesOf.ids("گواردیولا از داوری انتقاد کرد.", Entity.Type.PERSON))
        .containsExactly("pep-guardiola");
  }

  @Test
  void aPlayersFamilyNameThatIsACommonWordIsNoAlias() {
    assertThat(NamesOf.ids("سیم‌های مسی دزدیده شد.", Entity.Type.PERSON)).isEmpty();
    assertThat(NamesOf.ids("در این همایش دکتر فرهنگ جهانبخش سخنرانی کرد.", Entity.Type.PERSON))
        .doesNotContain("alireza-jahanbakhsh");
  }
}
