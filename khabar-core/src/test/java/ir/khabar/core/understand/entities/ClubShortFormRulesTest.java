package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * A listed club named in full is found again by its first word alone in the same text (issue 17):
 * «رئال» after «رئال مادرید», «صبا» after «صبای قم». Sentences written for this test.
 */
class ClubShortFormRulesTest {
  @Test
  void aListedClubsFirstWordAloneIsTheClubOnceNamedInFull() {
    assertThat(
            NamesOf.ids(
                "صبای قم دیروز برد. صبا حالا در فکر نهمین پیروزی است.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-saba", "org-ir-saba");
    assertThat(
            NamesOf.ids(
                "رئال مادرید تا دقیقه ۸۵ پیش بود، اما رئال در پایان باخت.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-es-real-madrid", "org-es-real-madrid");
  }

  @Test
  void theSameWordAfterANumberIsMoneyNotTheClub() {
    assertThat(
            NamesOf.ids(
                "رئال مادرید قراردادی به ارزش ۵۰۰ میلیون ریال بست.", Entity.Type.ORGANISATION))
        .containsExactly("org-es-real-madrid");
  }

  @Test
  void aPlayersPartAfterHisPositionIsNoClub() {
    assertThat(
            NamesOf.organisations(
                "هافبک گلزن صبا مصدوم است و تیم در غیاب بهترین گلزن خود بازی می\u200cکند."))
        .doesNotContain("گلزن");
  }

  @Test
  void withoutTheFullNameTheWordStaysAWord() {
    assertThat(NamesOf.organisations("صبا در باغ وزید و ریال ارزش خود را از دست داد.")).isEmpty();
  }
}
