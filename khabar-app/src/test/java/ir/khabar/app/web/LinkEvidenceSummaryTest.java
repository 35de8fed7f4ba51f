package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

class LinkEvidenceSummaryTest {
  private static final String NAMESAKE = "هم\u200cنامی";

  @Test
  void onlyAPersonsLinkByAnotherWritingMayBeANamesakes() {
    assertThat(LinkEvidenceSummary.said(Entity.Evidence.ALIAS, Entity.Type.PERSON))
        .contains(NAMESAKE);
    // an organisation's or a country's other writing is no family name
    assertThat(LinkEvidenceSummary.said(Entity.Evidence.ALIAS, Entity.Type.ORGANISATION))
        .isEqualTo("با نام دیگری از فهرست نام\u200cهای خبر شناخته شد");
    assertThat(LinkEvidenceSummary.said(Entity.Evidence.FULL_NAME, Entity.Type.PERSON))
        .doesNotContain(NAMESAKE);
  }
}
