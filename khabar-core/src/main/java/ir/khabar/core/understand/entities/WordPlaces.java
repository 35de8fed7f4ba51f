package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.text.SearchFolding;
import java.util.Set;

/**
 * Place names that are as often common words: جنین (Jenin, a foetus), صور (Tyre, forms), کلن
 * (Cologne, a cologne), کوبه (Kobe, a knocker), چک (the Czech Republic, a cheque). Such a name is a
 * place only when the text says so: by the kind of place before it (شهر جنین, اردوگاه جنین) or
 * brackets round it after a club (تپلیس(چک)), by a list of places it stands in (لهستان، چک و
 * مجارستان), or by naming its country elsewhere (فلسطین beside جنین, پراگ beside چک). «امان» is
 * Amman but in its idioms as a word (بی امان, امان از, در امان بود/ماند): news of Amman seldom
 * names Jordan.
 */
final class WordPlaces {
  private static final Set<String> NAMES =
      Words.folded("جنین", "صور", "کلن", "کوبه", "چک", "حله", "کریمه");

  private static final String AMMAN = SearchFolding.fold("امان");

  /**
   * Verbs of being, staying and keeping, after which «در امان» is "safe", and the words after which
   * «امان» is part of a name (امان الله, امان پور).
   */
  private static final Set<String> AFTER_AMMAN_WORD =
      Words.folded(
          "است", "نیست", "هست", "نیستند", "هستند", "بود", "نبود", "بودند", "نبودند", "بودن", "باشد",
          "نباشد", "باشند", "نباشند", "باشید", "باشیم", "ماند", "نماند", "بماند", "ماندند",
          "نماندند", "بمانند", "بمانید", "بمانیم", "ماندن", "می", "نمی", "نگه", "داشت", "دارد",
          "بدارد", "الله", "پور");

  private static final Set<String> KINDS =
      Words.folded(
          "شهر", "بندر", "اردوگاه", "استان", "منطقه", "کشور", "پایتخت", "جمهوری", "فرودگاه",
          "ایالت", "شهرهای", "کشورهای");

  private WordPlaces() {}

  /** Whether the one-word name at token i is one of these names, read here as the common word. */
  static boolean isWord(Scan s, int i) {
    if (s.nameLength[i] == 1 && s.key(i).equals(AMMAN)) {
      return ammanIdiom(s, i);
    }
    if (s.nameLength[i] != 1 || !NAMES.contains(s.key(i))) {
      return false;
    }
    boolean kind = i > 0 && KINDS.contains(s.key(i - 1));
    // «تپلیس(چک)»: a club's or a player's country in brackets
    return !kind && !s.openedBy(i, "(") && !listed(s, i) && !countryNamed(s, i);
  }

  private static boolean ammanIdiom(Scan s, int i) {
    String before = i > 0 ? s.key(i - 1) : "";
    String after = i + 1 < s.size() ? s.key(i + 1) : "";
    return before.equals("بی") || after.equals("از") || AFTER_AMMAN_WORD.contains(after);
  }

  private static boolean listed(Scan s, int i) {
    return i >= 2 && separates(s, i - 2, i - 1) && place(s, i - 2)
        || i + 2 < s.size() && separates(s, i, i + 1) && place(s, i + 2);
  }

  /** Whether a comma, or «و», alone stands between tokens a and b (b may be the «و»). */
  private static boolean separates(Scan s, int a, int b) {
    return s.commaOnly(a) || s.key(b).equals("و");
  }

  private static boolean place(Scan s, int i) {
    Entry e = s.name[i];
    return e != null && e.type() != Entity.Type.PERSON && e.type() != Entity.Type.ORGANISATION;
  }

  /** Whether another word of the text names a place in the same country. */
  private static boolean countryNamed(Scan s, int i) {
    String country = s.name[i].country();
    for (int j = 0; j < s.size(); j++) {
      if (j != i
          && place(s, j)
          && country != null
          && country.equals(s.name[j].country())
          && !NAMES.contains(s.key(j))) {
        return true;
      }
    }
    return false;
  }
}
