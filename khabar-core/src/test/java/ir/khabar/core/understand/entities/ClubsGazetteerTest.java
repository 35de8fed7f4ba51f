package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Football clubs the lists know (organisations.tsv, kind club), as sports news names them bare; a
 * club named by a common word or by its city alone is left to the head word or the city.
 */
class ClubsGazetteerTest {
  @Test
  void aListedClubIsAnOrganisationNamedBare() {
    assertThat(
            ids("سپاهان در ورزشگاه نقش جهان با دو گل صبای قم را شکست داد و بایرن به یوونتوس باخت."))
        .containsExactly("org-ir-sepahan", "org-ir-saba", "org-de-bayern", "org-it-juventus");
  }

  @Test
  void aClubNamedByACommonWordOrItsCityAloneIsNone() {
    assertThat(ids("قیمت هر دلار به ۴۲ هزار ریال رسید.")).isEmpty();
    assertThat(ids("رئال شدن این طرح به استقلال کشور کمک می‌کند.")).isEmpty();
    assertThat(ids("استقلال تهران مقابل پرسپولیس به میدان می‌رود."))
        .containsExactly("org-ir-esteghlal", "org-ir-persepolis");
  }

  @Test
  void aClubStaysTheListedOneInItsLongerSpelling() {
    assertThat(ids("آتلتیکو مادرید با گل گریزمان برد.")).containsExactly("org-es-atletico");
  }

  private static List<String> ids(String text) {
    return EntityRecognizer.get().names(text).stream()
        .filter(s -> s.type() == ir.khabar.core.Entity.Type.ORGANISATION)
        .map(Span::id)
        .toList();
  }
}
