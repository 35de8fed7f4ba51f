package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.Set;

/**
 * Bodies named after a person: «دانشگاه شهید چمران اهواز», «بنیاد بین المللی امام رضا (ع)», «ستاد
 * اجرایی فرمان حضرت امام (ره)». The martyr's or holy figure's title and name, and the blessing in
 * brackets after a holy name, are part of the body's name.
 */
final class Eponyms {
  /** Titles a body's name carries before its namesake: holy figures, martyrs, the dead. */
  private static final Set<String> TITLES =
      Words.folded(
          "امام",
          "حضرت",
          "شهید",
          "زنده\u200cیاد",
          "زنده",
          "شادروان",
          "مرحوم",
          "آیت\u200cالله",
          "آیت",
          "علامه");

  /** The words that open a blessing written out: «سلام الله علیها», «صلی الله علیه و آله». */
  private static final Set<String> BLESSING_OPENS = Words.folded("سلام", "صلی");

  private static final Set<String> GOD = Words.folded("الله");

  /**
   * Whether token x opens a blessing written out after a holy name («حضرت زهرا سلام الله علیها»):
   * no word of the name, though «سلام» is a given name too.
   */
  static boolean writtenBlessing(Scan s, int x) {
    return BLESSING_OPENS.contains(s.key(x))
        && x + 1 < s.size()
        && s.adjacent(x)
        && GOD.contains(s.key(x + 1));
  }

  /** Blessings written in brackets after holy names: (ره), (رض), (عج). */
  static final Set<String> BLESSINGS = Words.folded("ره", "رض", "عج", "قس", "ص", "ع", "س");

  private static final int MAX_NAME = 3;

  private Eponyms() {}

  /**
   * Where the namesake that starts with a title at token j ends (exclusive), its blessing included;
   * j when no namesake starts there.
   */
  static int end(Scan s, int j) {
    if (s.honorificLength[j] == 0 || !TITLES.contains(s.key(j))) {
      return j;
    }
    int k = j;
    while (k < s.size() && s.honorificLength[k] > 0 && (k == j || s.adjacent(k - 1))) {
      k += s.honorificLength[k]; // «زنده یاد حاج کاظم …»: titles in a row
    }
    int name = k;
    if (k < s.size() && s.adjacent(k - 1) && namesake(s.name[k])) {
      name = k + s.nameLength[k];
    } else {
      // after a title, the first word is a name whatever it is (شهید چمران), as after «آقای»
      while (name < s.size()
          && name - k < MAX_NAME
          && s.adjacent(name - 1)
          && nameWord(s, name, name == k)) {
        name++;
      }
    }
    int blessed = blessing(s, name);
    return name > k || blessed > name ? blessed : j;
  }

  /** The end past a blessing in brackets right after token end - 1, or end itself. */
  static int blessing(Scan s, int end) {
    if (end <= 0 || end >= s.size() || !BLESSINGS.contains(s.key(end))) {
      return end;
    }
    String after = end + 1 < s.size() ? s.between(end, end + 1) : s.text.substring(s.end(end));
    return s.between(end - 1, end).equals("(") && after.strip().startsWith(")") ? end + 1 : end;
  }

  /**
   * Where a body's name over tokens [from, to) ends in the text: past the closing bracket when its
   * last word is a blessing in brackets («… امام خمینی (ره)»).
   */
  static int charEnd(Scan s, int from, int to) {
    int last = to - 1;
    int end = s.end(last);
    if (last > from && blessing(s, last) == to) {
      end = s.text.indexOf(')', end) + 1;
    }
    return end;
  }

  /** A known person, or a place named after one (چمران the street): no body. */
  private static boolean namesake(Entry e) {
    return e != null && e.type() != Entity.Type.ORGANISATION;
  }

  private static boolean nameWord(Scan s, int x, boolean lenient) {
    return !s.breaks(x)
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && s.name[x] == null
        && !Words.isTitleWord(s.key(x))
        && !s.head(x)
        && !OrganisationName.UNITS.contains(
            s.key(x)) // «بنیاد شهید استان …»: the martyrs' foundation
        && (lenient
            || s.givenName(x)
            || s.unknown(x)
            || FamilyNameShapes.surnameShaped(s.key(x))
            || s.secondPart(x));
  }
}
