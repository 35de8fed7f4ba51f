package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * Words that open the predicate after a body named as a subject, so they end its name: an adjective
 * or noun that takes a preposition or a copula («شهرداری نسبت به …», «سازمان مجبور به …», «دادگستری
 * مکلف است»), an adjective of quality before a copula («تیم ملی فوتبال ناشنوایان قدرتمند است») and
 * a light verb's noun («باشگاه پانیونیوس قرار است»), a participle whose light verb is left out («…
 * منتشر و …»), and a verbal noun that opens a light verb's phrase two words on («هیأت اظهار
 * امیدواری کرد»).
 */
final class Predicates {
  private static final Set<String> PREDICATES =
      Words.folded(
          "نسبت", "اقدام", "مبنی", "طبق", "مطابق", "درخصوص", "مورد", "مجبور", "مکلف", "موظف",
          "ملزم", "وابسته", "متعلق", "منجر", "موفق", "قادر", "حاضر", "آماده", "مشغول", "معتقد",
          "خواستار", "متعهد", "منتشر", "مطرح", "دایر", "برگزار", "قرار", "حائز", "حایز", "دچار",
          "قائل", "قایل", "نزدیک", "قریب");

  /** Verbal nouns that open a light verb's phrase: «اظهار امیدواری کرد», «اعلام آمادگی کرد». */
  private static final Set<String> OPENERS =
      Words.folded("اظهار", "ابراز", "اعلام", "احساس", "اعمال", "ایجاد", "تشکیل");

  private Predicates() {}

  /**
   * An adjective of quality, which has a comparative (وسیع، وسیع‌تر): before a copula it is the
   * predicate («بنیاد برکت وسیع است»). The adjectives that make names relate to a thing and have
   * none (اتمی، ملی، اسلامی: «سازمان انرژی اتمی است»).
   */
  private static boolean gradable(String key) {
    return Lexicon.get().isKnown(key + "تر");
  }

  /** The copula and its forms, after a predicate adjective (قدرتمند است، وسیع بود). */
  private static final Set<String> COPULAS =
      Words.folded("است", "هست", "هستند", "نیست", "نیستند", "بود", "بودند", "باشد", "باشند");

  /** Whether token j opens the predicate, so that no name runs through it. */
  static boolean opens(Scan s, int j) {
    String key = s.key(j);
    return PREDICATES.contains(key)
        || gradable(key) && j + 1 < s.size() && s.adjacent(j) && COPULAS.contains(s.key(j + 1))
        || OPENERS.contains(key)
            && j + 1 < s.size()
            && s.adjacent(j)
            && OrganisationName.lightVerbNoun(s, j + 1);
  }
}
