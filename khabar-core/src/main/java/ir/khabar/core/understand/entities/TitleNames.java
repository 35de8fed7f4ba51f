package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * What follows a title (استاد، دکتر، آقای، ستوان …): its field or a verb's noun is no name («استاد
 * روانشناسی دانشگاه …», «با امام مطرح کردیم»), and a known person's name ends where it ends.
 */
final class TitleNames {
  /** Words that describe the title, not the person, between it and the name: «ژنرال بازنشسته». */
  private static final Set<String> FORMER = Words.folded("بازنشسته", "سابق", "اسبق", "پیشین");

  private TitleNames() {}

  /** Where the name after a title starts: past «بازنشسته», «سابق» (ژنرال بازنشسته جی گارنر). */
  static int start(Scan s, int j) {
    while (j + 1 < s.size() && s.adjacent(j - 1) && s.adjacent(j) && FORMER.contains(s.key(j))) {
      j++;
    }
    return j;
  }

  /**
   * «استاد روانشناسی دانشگاه …», «دکتر اقتصاد دانشگاه …»: a common word after a title, bound by its
   * ezafe to a body or place after it, is the title's field, not a family name (a name takes no
   * ezafe to a body: «کریمی، استاد دانشگاه»).
   */
  static boolean fieldOf(Scan s, int j) {
    if (j < s.size() && s.head(j) && !s.unknown(j)) {
      return true; // «سرهنگ ستاد»: a head word is no family name
    }
    if (j + 1 >= s.size()
        || !s.adjacent(j)
        || s.unknown(j)
        || s.givenName(j)
        || s.name[j] != null
        || FamilyNameShapes.looksLikeSurname(s.key(j))) {
      return false;
    }
    if (PersonPatterns.verbNoun(s, j) && !s.key(j).endsWith("ی")) {
      // «با امام مطرح کردیم», «ستوان چرخ می زند»: a verb's noun, no name («آقای هاشمی بود» is)
      return true;
    }
    return bodyAt(s, j + 1) || describedField(s, j) && bodyAt(s, j + 2);
  }

  /** Whether token k starts a body: a listed organisation or a head word (دانشگاه). */
  private static boolean bodyAt(Scan s, int k) {
    Entry e = k < s.size() ? s.name[k] : null;
    return e != null && e.type() == Entity.Type.ORGANISATION
        || k < s.size() && s.head(k) && !PersonPatterns.verbNoun(s, k);
  }

  /**
   * «استاد فقه تطبیقی دانشگاه الازهر», «استاد علوم سیاسی دانشگاه»: a field told by a noun and an
   * adjective the lists hold; a family name is no noun before an adjective (the noun takes no «ی»).
   */
  private static boolean describedField(Scan s, int j) {
    int k = j + 1;
    return !s.key(j).endsWith("ی")
        && k + 1 < s.size()
        && s.adjacent(k)
        && s.key(k).endsWith("ی")
        && !s.unknown(k)
        && !s.givenName(k)
        && s.name[k] == null;
  }

  private static final String QUOTES = "«\"“'";

  /** Whether a word pointing at it stands right before token i: «این استاد», «یک مقام». */
  static boolean pointedAt(Scan s, int i) {
    return i > 0 && s.adjacent(i - 1) && POINTING.contains(s.key(i - 1));
  }

  /** Words that point at a noun: «این», «آن», «همین», «یک», «هر». */
  private static final Set<String> POINTING = Words.folded("این", "آن", "همین", "همان", "یک", "هر");

  /**
   * Whether the title at token i is no title before a name at j: a comma or stop stands between
   * them («دکتر، روانشناس و ماساژور»), or a word pointing at it makes it a noun an everyday word
   * after it describes («این استاد برجسته از کودکی …», «این دکتر معتقد است», «آن مرحوم تسلیت
   * می‌گوید»); a rarer word after it is still a name («این دکتر جانسون»).
   */
  static boolean noNameAfter(Scan s, int i, int j) {
    if (j >= s.size() || j > 0 && !s.adjacent(j - 1) && !s.openedBy(j, QUOTES)) {
      return true;
    }
    return pointedAt(s, i) && Words.everyday(s.key(j)) && !s.givenName(j) && s.name[j] == null;
  }

  /** How often a word is seen, at least, to be too common a word for a family name. */
  private static final long TOO_COMMON = 40_000_000L;

  /** «بزرگ», «پول», «فرهنگی»: a word seen so often that it is no family name by itself. */
  static boolean tooCommon(String key) {
    return Lexicon.get().frequency(key) >= TOO_COMMON;
  }

  /**
   * «شهید بزرگ», «شهید فرهنگی», «مورخ ادیان»: a word the lists hold as a plural in «ها، ان، ات», or
   * a word as common as بزرگ or فرهنگی, describes the title or is its complement; a family name
   * after a title may be an adjective (آقای ظریف), but a rarer one.
   */
  static boolean commonWord(Scan s, int j) {
    if (j >= s.size() || s.unknown(j) || s.givenName(j) || s.name[j] != null) {
      return false;
    }
    if (j + 1 < s.size() && s.adjacent(j) && s.unknown(j + 1)) {
      return false; // «پروفسور جان مکنباخ»: a word no list holds goes on the name
    }
    String key = s.key(j);
    return plural(key) || tooCommon(key);
  }

  /**
   * A plural by its ending (ادیان، تلفات، فرزندان), no family name; broken plurals are family names
   * too (معارف، مکارم).
   */
  static boolean plural(String key) {
    return Lexicon.get().isPlural(key)
        && (key.endsWith("ها") || key.endsWith("ان") || key.endsWith("ات"));
  }

  /**
   * Whether token j is a plural of the word lists by its ending and no name («سعود فرزندان»): no
   * family name after a given name.
   */
  static boolean listedPlural(Scan s, int j) {
    return s.name[j] == null && !s.unknown(j) && plural(s.key(j));
  }

  /**
   * The words of a name after a title: a known person's name ends there («آیت الله خامنه ای آمادگی
   * …»: not «خامنه ای آمادگی»), unless words no list holds go on.
   */
  static int nameAfter(Scan s, int j) {
    int n = PersonPatterns.run(s, j, true);
    Entry known = n > 0 ? s.name[j] : null;
    if (known != null
        && known.type() == Entity.Type.PERSON
        && n > s.nameLength[j]
        && !s.unknown(j + s.nameLength[j])) {
      return s.nameLength[j];
    }
    return n;
  }
}
