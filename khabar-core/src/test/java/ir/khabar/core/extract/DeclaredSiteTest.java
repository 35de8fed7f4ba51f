package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 6: a page's declared canonical URL, address and site name are believed from its
 * own site (any host of the same registrable domain) and from a file the user gave, never from
 * another host.
 */
class DeclaredSiteTest {
  private static final String CANONICAL = "https://www.farsnews.ir/news/14030405000123/";
  private static final String PAGE =
      "<html><head><title>افزایش قیمت نان در تهران</title>"
          + "<meta property=\"og:site_name\" content=\"خبرگزاری فارس\">"
          + "<meta property=\"og:url\" content=\"https://editor:secret@farsnews.ir/news/14030405000123/\">"
          + "<link rel=\"canonical\" href=\""
          + CANONICAL
          + "\"></head><body><article><h1>افزایش قیمت نان در تهران</h1>"
          + "<p>قیمت نان در نانوایی\u200cهای تهران از امروز ده درصد افزایش یافت و نانوایان از کمبود آرد گلایه کردند.</p>"
          + "</article></body></html>";
  private final HtmlPageExtractor extractor = new HtmlPageExtractor(Agencies.get());

  @Test
  void aPageFromAnotherHostKeepsItsOwnAddressAndNoDeclaredSource() {
    Article a =
        extractor
            .extract(PAGE, "http://127.0.0.1:8080/spoof", "http://127.0.0.1:8080/spoof")
            .orElseThrow();
    assertThat(a.url()).isEqualTo("http://127.0.0.1:8080/spoof");
    assertThat(a.canonicalUrl()).isNull();
    assertThat(a.source().id()).isNotEqualTo("fars");
  }

  @Test
  void aPageFromTheSiteItselfIsBelievedFromAnyOfItsHosts() {
    Article a =
        extractor.extract(PAGE, "x", "https://m.farsnews.ir/news/14030405000123").orElseThrow();
    assertThat(a.canonicalUrl()).isEqualTo(CANONICAL);
    assertThat(a.url())
        .as("without the user name and password")
        .isEqualTo("https://farsnews.ir/news/14030405000123/");
    assertThat(a.source().id()).isEqualTo("fars");
  }

  @Test
  void aFileTheUserGaveIsBelievedAsItIs() {
    Article a = extractor.extract(PAGE, "saved/fars.html", null).orElseThrow();
    assertThat(a.canonicalUrl()).isEqualTo(CANONICAL);
    assertThat(a.source().id()).isEqualTo("fars");
  }
}
