package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fars News's section slugs get the Persian labels a reader can use. */
class CategoriesTest {
  @ParameterizedTest
  @CsvSource({
    "world, بین\u200cالملل",
    "arts-media, هنر و رسانه",
    "politics, سیاسی",
    "kohgiluyeh-boyerahmad, کهگیلویه و بویراحمد",
    "World, بین\u200cالملل",
    // already Persian: kept as written
    "سیاسی, سیاسی",
  })
  void slugsGetPersianLabels(String slug, String label) {
    assertThat(Categories.label(slug)).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource({"some-unknown-section", "''", "' '"})
  void anUnknownLatinSlugOrNothingIsNoLabel(String slug) {
    assertThat(Categories.label(slug)).isNull();
  }
}
