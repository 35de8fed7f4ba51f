package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clubs as sports news names them (issue 17): a listed club found again bare, never its head word
 * alone. Sentences written for this test.
 */
class ClubNameRulesTest {
  private static List<String> ids(String text) {
    return NamesOf.ids(text, Entity.Type.ORGANISATION);
  }

  @Test
  void aClubsHeadWordAloneIsNoClub() {
    assertThat(
            NamesOf.organisations(
                "مدیرعامل باشگاه پرسپولیس گفت باشگاه بدهی ندارد و باشگاه\u200cها باید شفاف باشند."))
        .containsExactly("باشگاه پرسپولیس");
  }

  @Test
  void aListedClubNamedInFullIsFoundAgainByItsOwnName() {
    assertThat(ids("باشگاه پرسپولیس قرارداد مربی را تمدید کرد. پرسپولیس فردا بازی دارد."))
        .containsExactly("org-ir-persepolis", "org-ir-persepolis");
  }
}
