package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * Football clubs the lists know (organisations.tsv, kind club), as sports news names them bare; a
 * club named by a common word or by its city alone is left to the head word or the city.
 */
class ClubsGazetteerTest {
  @Test
  void aListedClubIsAnOrganisationNamedBare() {
    assertThat(
            NamesOf.ids(
                "سپاهان در ورزشگاه نقش جهان با دو گل صبای قم را شکست داد و بایرن به یوونتوس باخت.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-ir-sepahan", "org-ir-saba", "org-de-bayern", "org-it-juventus");
  }

  @Test
  void aClubNamedByACommonWordOrItsCityAloneIsNone() {
    assertThat(NamesOf.ids("قیمت هر دلار به ۴۲ هزار ریال رسید.", Entity.Type.ORGANISATION))
        .isEmpty();
    assertThat(
            NamesOf.ids(
                "رئال شدن این طرح به استقلال کشور کمک می\u200cکند.", Entity.Type.ORGANISATION))
        .isEmpty();
    assertThat(
            NamesOf.ids(
                "استقلال تهران مقابل پرسپولیس به میدان می\u200cرود.", Entity.Type.ORGANISATION))
        .containsExactly("org-ir-esteghlal", "org-ir-persepolis");
  }

  @Test
  void aClubStaysTheListedOneInItsLongerSpelling() {
    assertThat(NamesOf.ids("آتلتیکو مادرید با گل گریزمان برد.", Entity.Type.ORGANISATION))
        .containsExactly("org-es-atletico");
  }
}
