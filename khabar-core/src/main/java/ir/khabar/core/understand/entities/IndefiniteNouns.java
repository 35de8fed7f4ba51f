package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * A noun made indefinite starts a phrase of its own, never a word of a name: «یگان حفاظت» مسئله ای
 * است, «کمیسیون تلفیق» مواردی را نشان می دهد. Where an organisation's name ends before one.
 */
final class IndefiniteNouns {
  private IndefiniteNouns() {}

  /**
   * Where the name whose words start at {@code first} ends because token j (past the first) is or
   * makes an indefinite noun; -1 when it does not.
   */
  static int nameEnd(Scan s, int first, int j) {
    if (pluralIndefinite(s.key(j)) || vowelIndefinite(s.key(j))) {
      return j;
    }
    return indefinite(s, j) ? phraseStart(s, first, j - 1) : -1;
  }

  /**
   * Whether token j makes the noun before it indefinite (مسئله ای، بروشور هایی): such a noun starts
   * a phrase of its own, never a word of a name. «ای» that makes an adjective (هسته ای، حرفه ای) is
   * none.
   */
  private static boolean indefinite(Scan s, int j) {
    String key = s.key(j);
    return s.adjacent(j - 1)
        && (key.equals("هایی")
            || key.equals("ای")
                && !Lexicon.get().isAdjective(s.key(j - 1) + "ای")
                && !placeOrBodyAfter(s, j + 1));
  }

  /**
   * «مواردی», «جوایزی»: a broken plural made indefinite, which no list holds as a word. Plurals in
   * «ات» are left: «مطالعاتی», «تحقیقاتی» are adjectives that make names.
   */
  static boolean pluralIndefinite(String key) {
    if (!key.endsWith("ی")
        || key.endsWith("اتی")
        || key.endsWith("ای") // «روسای شوراها»: the ezafe after a plural in «ا»
        || Lexicon.get().isKnown(key)) {
      return false;
    }
    return Lexicon.get().isPlural(key.substring(0, key.length() - 1));
  }

  /**
   * «نیرویی», «جایی»: a noun in a vowel made indefinite by «یی», which the lists know as written
   * but hold as no word of its own; adjectives in «یی» they hold as words («هوایی», «دریایی»:
   * «نیروی هوایی»).
   */
  static boolean vowelIndefinite(String key) {
    Lexicon lexicon = Lexicon.get();
    return key.length() > 3
        && key.endsWith("یی")
        && lexicon.isKnown(key)
        && !lexicon.isWord(key)
        && !lexicon.isAdjective(key)
        && lexicon.isWord(key.substring(0, key.length() - 2));
  }

  /**
   * Whether a place, a body, the country or a quarter of it comes next, as after an adjective in
   * «ای» that the lists lack (راهداری و حمل و نقل جاده ای مازندران، قرارگاه منطقه ای غرب ارتش).
   */
  private static boolean placeOrBodyAfter(Scan s, int j) {
    return j < s.size()
        && s.adjacent(j - 1)
        && (OrganisationName.isPlace(s, j)
            || s.name[j] != null
            || s.head(j)
            || OrganisationName.HERE.contains(s.key(j))
            || QUARTERS.contains(s.key(j)));
  }

  /** Quarters of the country: «منطقه ای غرب ارتش». */
  private static final Set<String> QUARTERS = Words.folded("شمال", "جنوب", "شرق", "غرب", "مرکز");

  /**
   * Where the phrase whose noun is token {@code noun} starts: before a plural in ezafe that it
   * describes (ظرفیت های بالایی), at the noun otherwise; never before the name's first word.
   */
  private static int phraseStart(Scan s, int first, int noun) {
    int k = noun;
    if (k - 2 >= first && s.key(k - 1).equals("های") && s.adjacent(k - 2)) {
      k -= 2;
    }
    return k;
  }
}
