package ir.khabar.persian.analysis;

import static ir.khabar.persian.analysis.AnalysisTestSupport.INDEX;
import static ir.khabar.persian.analysis.AnalysisTestSupport.QUERY;
import static ir.khabar.persian.analysis.AnalysisTestSupport.terms;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.PersianText;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of normalisation over generated Persian text in every spelling real input uses. */
class AnalysisPropertiesTest {
  private static final List<String> STEMS =
      List.of(
          "کتاب",
          "همکاری",
          "کشور",
          "سفارتخانه",
          "نماینده",
          "بزرگ",
          "ایران",
          "تهران",
          "مسئله",
          "رئیس",
          "تأثیر",
          "مؤسسه",
          "نشست",
          "دیپلماسی",
          "اقتصاد");
  private static final List<String> SUFFIXES = List.of("", "ها", "های", "هایی", "ترین");
  private static final List<String> VERBS = List.of("شود", "رود", "گیرد", "کند", "توانند");

  @Property
  void searchFoldingIsIdempotent(@ForAll("persianText") String text) {
    String once = SearchFolding.fold(text);
    assertThat(SearchFolding.fold(once)).isEqualTo(once);
  }

  @Property
  void displayNormalisationIsIdempotent(@ForAll("persianText") String text) {
    String once = PersianText.get().forDisplay(text);
    assertThat(PersianText.get().forDisplay(once)).isEqualTo(once);
  }

  @Property
  void theIndexFormIsIdempotent(@ForAll("persianText") String text) {
    String once = PersianText.get().forSearch(text);
    assertThat(PersianText.get().forSearch(once)).isEqualTo(once);
  }

  @Property
  void displayNormalisationKeepsTheIndexForm(@ForAll("persianText") String text) {
    assertThat(PersianText.get().forSearch(PersianText.get().forDisplay(text)))
        .isEqualTo(PersianText.get().forSearch(text));
  }

  @Property
  void queryAndDocumentSidesAgree(@ForAll("persianText") String text) {
    List<String> document = terms(INDEX, text);
    List<String> query = terms(QUERY, text);
    assertThat(query).isNotEmpty();
    if (!document.isEmpty()) {
      assertThat(query).isEqualTo(document);
    } else {
      assertThat(PersianText.get().stopwordsIn(text)).containsAll(query);
    }
  }

  @Property
  void everySpacingOfAWordHasOneIndexForm(
      @ForAll("stem") String stem, @ForAll("suffix") String suffix) {
    List<String> zwnj = terms(INDEX, suffix.isEmpty() ? stem : stem + "\u200c" + suffix);
    assertThat(terms(INDEX, stem + suffix)).isEqualTo(zwnj);
    if (!suffix.isEmpty()) {
      assertThat(terms(QUERY, stem + " " + suffix)).isEqualTo(zwnj);
    }
  }

  @Property
  void everySpacingOfAVerbHasOneIndexForm(@ForAll("verb") String verb) {
    List<String> zwnj = terms(INDEX, "می\u200c" + verb);
    assertThat(terms(INDEX, "می" + verb)).isEqualTo(zwnj);
    assertThat(terms(INDEX, "می " + verb)).isEqualTo(zwnj);
  }

  @Provide
  Arbitrary<String> stem() {
    return Arbitraries.of(STEMS);
  }

  @Provide
  Arbitrary<String> suffix() {
    return Arbitraries.of(SUFFIXES);
  }

  @Provide
  Arbitrary<String> verb() {
    return Arbitraries.of(VERBS);
  }

  /**
   * Sentences of lexicon words with suffixes, joined by ZWNJ, space or nothing, in mixed scripts.
   */
  @Provide
  Arbitrary<String> persianText() {
    Arbitrary<String> word =
        Combinators.combine(
                Arbitraries.of(STEMS), Arbitraries.of(SUFFIXES), Arbitraries.of("", "\u200c", " "))
            .as((s, x, sep) -> x.isEmpty() ? s : s + sep + x);
    Arbitrary<String> verb = Arbitraries.of(VERBS).map(v -> "می" + v);
    Arbitrary<String> noise =
        Arbitraries.of("ي", "ك", "۱۴۰۴", "١٢", "2025", "\u200f", "ـ", "،", "از", "در");
    return Arbitraries.oneOf(word, word, verb, noise)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(ws -> String.join(" ", ws))
        .filter(s -> !terms(INDEX, s).isEmpty());
  }
}
