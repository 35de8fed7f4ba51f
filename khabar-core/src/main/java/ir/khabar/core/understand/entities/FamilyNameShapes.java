package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * What a family name looks like: its endings (رستگارپور, بهرامی‌فر, …یان), its parts written apart
 * (فرخی زاد, حق شناس), and the shape of a word in «ی» that is a name more often than a word.
 */
final class FamilyNameShapes {
  private static final Lexicon LEXICON = Lexicon.get();

  private FamilyNameShapes() {}

  /**
   * Endings of Iranian family names, joined to the name or written apart (فرخی زاد، سلیمی نژاد).
   */
  private static final Set<String> SURNAME_PARTS =
      Words.folded(
          "زاده", "زاد", "پور", "نژاد", "فر", "نیا", "وند", "راد", "کیا", "منش", "فرد", "نسب",
          "پناه");

  /**
   * Second parts of a family name that are words of their own (حق شناس, مایلی کهن, حسینی نیک): read
   * as a part only written apart after a name's word, never as an ending (کارشناس). Not words as
   * common as «بخش» (a section: «شجریان بخش …»), «بین» (between) or «دوست» (before «دارد»).
   */
  private static final Set<String> WORD_PARTS =
      Words.folded("شناس", "آرا", "نواز", "پرور", "خواه", "کهن", "نیک");

  /** Whether a word is the second part of a family name written apart (زاده, پور, شناس). */
  static boolean partApart(String key) {
    return SURNAME_PARTS.contains(key) || WORD_PARTS.contains(key);
  }

  /**
   * A family name's shape after a given name: a surname's ending, or a word in «…ی» less common
   * than the everyday adjectives (قاسمی, انصاری, خیابانی; not ملی, اسلامی, جدید).
   */
  static boolean surnameShaped(String key) {
    return looksLikeSurname(key)
        || key.length() > 3
            && key.endsWith("ی")
            && !Words.BREAKS.contains(key)
            && !ezafe(key)
            && LEXICON.frequency(key) < 25_000_000;
  }

  /**
   * «اجرای», «بالای», «فیلم‌های»: a word of the lists in «ا», or a plural in «ها», with the «ی» of
   * the ezafe, bound to the next word («حسن اجرای سیاست‌ها»: the good execution); a family name in
   * «ی» after «ا» doubles it (رضایی).
   */
  static boolean ezafe(String key) {
    if (!key.endsWith("ای") || key.endsWith("ایی")) {
      return false;
    }
    String bare = key.substring(0, key.length() - 1);
    // «فیلم‌های», «سیاست‌های»: a plural in «ها» bound to the next word
    return LEXICON.isWord(bare)
        || bare.endsWith("ها")
            && bare.length() > 4
            && LEXICON.isWord(bare.substring(0, bare.length() - 2));
  }

  /**
   * A word with a family name's ending (رستگارپور، بهرامیفر، …یان), or an unlisted word in «…ی».
   */
  static boolean looksLikeSurname(String key) {
    if (key.length() <= 3) {
      return false;
    }
    for (String part : SURNAME_PARTS) {
      if (key.length() > part.length() + 1 && key.endsWith(part)) {
        return true;
      }
    }
    return key.endsWith("یان") || key.endsWith("ی") && !LEXICON.isWord(key) && !ezafe(key);
  }
}
