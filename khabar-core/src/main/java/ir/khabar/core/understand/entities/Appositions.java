package ir.khabar.core.understand.entities;

/**
 * A name set off by commas right after the office of a country is the holder of that office:
 * «نخست‌وزیر لیتوانی، اینگریدا شیمونیته، وارد تهران شد». The office must name its country (an
 * office alone before a comma begins a list as often as a name); the name must close with a comma
 * of its own, within a name's length. A name set off before a role ends in its last word though
 * that reads as a common word or a verb.
 */
final class Appositions {
  /** How far before a name an office that sets it off may start. */
  private static final int REACH = 8;

  private Appositions() {}

  /**
   * How many words, from token j, make the name set off after the office [role, j) (0 when none
   * does).
   */
  static int nameAfter(Scan s, int role, int j) {
    if (j >= s.size() || !PersonPatterns.comma(s, j - 1) || Roles.countryIn(s, role, j) == null) {
      return 0;
    }
    int n = foreignName(s, j);
    return n > 0 && j + n < s.size() && PersonPatterns.comma(s, j + n - 1) ? n : 0;
  }

  /**
   * How many words from token j make a name where an office or a counterpart calls for one: a word
   * no list holds or a given name, then up to two more of the kind; or, as a foreign given name is
   * often a word a list holds («گرگور»), any word followed by a family name no list holds. 0 when
   * none does.
   */
  static int foreignName(Scan s, int j) {
    if (Words.isTitleWord(s.key(j))) {
      return 0;
    }
    if (s.givenName(j) || s.unknown(j)) {
      return PersonPatterns.run(s, j, false);
    }
    int n = PersonPatterns.run(s, j, true);
    return n >= 2 && s.unknown(j + n - 1) && !PersonPatterns.verbNoun(s, j) ? n : 0;
  }

  /** The tokens of the office that sets off the name over tokens [from, to), or null. */
  static int[] officeBefore(Scan s, int from, int to) {
    for (int k = Math.max(0, from - REACH); k < from - 1; k++) {
      if (s.roleLength[k] > 0
          && Roles.phraseEnd(s, k) == from
          && nameAfter(s, k, from) == to - from) {
        return new int[] {k, from};
      }
    }
    return null;
  }

  /**
   * «محمدرضا جعفری جلوه، معاون سینمایی وزیر», «علیرضا رضا داد، دبیر جشنواره»: the last word of a
   * name set off by a comma before a role is the name's, though it reads as a common word or a
   * verb.
   */
  static boolean endsBeforeRole(Scan s, int x) {
    String key = s.key(x);
    return x + 1 < s.size()
        && PersonPatterns.comma(s, x)
        && s.roleLength[x + 1] > 0
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && s.name[x] == null
        && !Words.isFunctionWord(key)
        && !PersonPatterns.SPEECH.contains(key)
        && !Character.isDigit(key.charAt(0));
  }
}
