package ir.khabar.persian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** The factories are found by name through Lucene's SPI, as a Solr schema will load them. */
class FactoryByNameTest {

  @Test
  void factoriesAreRegisteredByName() {
    assertThat(CharFilterFactory.availableCharFilters())
        .contains(PersianFoldingCharFilterFactory.NAME);
    assertThat(TokenFilterFactory.availableTokenFilters())
        .contains(
            PersianSpacingFilterFactory.NAME,
            PersianStemFilterFactory.NAME,
            PersianSpellingFilterFactory.NAME,
            QueryStopFilterFactory.NAME,
            PersianStopFilterFactory.NAME);
  }

  @Test
  void anAnalyzerBuiltByNameAgreesWithKhabarAnalyzer() {
    String text = "همكاري\u200cهاي بين المللي مسئله\u200cها را در ۱۴۰۴ مي شود آیین نامه كتاب ها";
    assertThat(AnalysisTestSupport.terms(AnalysisTestSupport.BY_NAME, text))
        .isEqualTo(AnalysisTestSupport.terms(AnalysisTestSupport.INDEX, text))
        .contains("همکاری", "بینالمللی", "مسیله", "1404", "میشود", "اییننامه", "کتاب");
  }
}
