package ir.khabar.core.understand.entities;

import java.util.Set;

/**
 * Words that open the predicate after a body named as a subject, so they end its name: an adjective
 * or noun that takes a preposition or a copula («شهرداری نسبت به …», «سازمان مجبور به …», «دادگستری
 * مکلف است»), a participle whose light verb is left out («… منتشر و …»), and a verbal noun that
 * opens a light verb's phrase two words on («هیأت اظهار امیدواری کرد»).
 */
final class Predicates {
  private static final Set<String> PREDICATES =
      Words.folded(
          "نسبت", "اقدام", "مبنی", "طبق", "مطابق", "درخصوص", "مورد", "مجبور", "مکلف", "موظف",
          "ملزم", "وابسته", "متعلق", "منجر", "موفق", "قادر", "حاضر", "آماده", "مشغول", "معتقد",
          "خواستار", "متعهد", "منتشر", "مطرح", "دایر", "برگزار");

  /** Verbal nouns that open a light verb's phrase: «اظهار امیدواری کرد», «اعلام آمادگی کرد». */
  private static final Set<String> OPENERS =
      Words.folded("اظهار", "ابراز", "اعلام", "احساس", "اعمال", "ایجاد", "تشکیل");

  private Predicates() {}

  /** Whether token j opens the predicate, so that no name runs through it. */
  static boolean opens(Scan s, int j) {
    String key = s.key(j);
    return PREDICATES.contains(key)
        || OPENERS.contains(key)
            && j + 1 < s.size()
            && s.adjacent(j)
            && OrganisationName.lightVerbNoun(s, j + 1);
  }
}
