package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * Given names that are everyday words first (ستاره کشتی: a wrestling star; جنبه هنری نمایشگاه: the
 * exhibition's artistic side, not Henry): a name starting with one needs a family name shaped as
 * one (or no list's word), a title or role before it, or a role after it. A verb of saying after it
 * is no evidence when the word after the given name is a plain word of the lists («با کمال شگفتی
 * گفت»).
 */
final class EverydayNames {
  private static final Lexicon LEXICON = Lexicon.get();

  /** Given names that are everyday nouns and adjectives in news. */
  private static final Set<String> WORDS =
      Words.folded(
          "امید", "بهار", "نسیم", "صبا", "روشن", "آرام", "سحر", "شادی", "ستاره", "باران", "دریا",
          "آسمان", "نگار", "نیکی", "ساحل", "آزاده", "فرشته", "شیرین", "گل", "مینا", "ناز", "هستی",
          "کوثر", "یاس", "سپیده", "رها", "آوا", "بنفشه", "پرستو", "ترانه", "سلطان", "شاهد", "ایمان",
          "آقا", "بانو", "شاه", "ملک", "میر", "جهان", "کیان", "پیروز", "صالح", "ولی", "نبی", "امین",
          "صادق", "عادل", "جمال", "کمال", "ظفر", "نصر", "شریف", "لطیف", "بهمن", "نادر", "نوید",
          "پیمان", "جو");

  private EverydayNames() {}

  /** Whether the given name is an everyday word first. */
  static boolean everyday(String key) {
    return WORDS.contains(key) || relational(key);
  }

  /** How often a word is seen, at least, to be an everyday word (هنر، نور; not تون of تونی). */
  private static final long EVERYDAY = 10_000_000L;

  /**
   * هنری (هنر + ی, "artistic"), نوری (نور + ی, "optical"), حسنی: a given name in «ی» that the lists
   * hold as a word, whose base is an everyday word seen at least as often, is in news mostly the
   * adjective of that word.
   */
  static boolean relational(String key) {
    return LEXICON.isWord(key)
        && madeFrom(key, EVERYDAY)
        && LEXICON.frequency(key.substring(0, key.length() - 1)) >= LEXICON.frequency(key);
  }

  /** Whether the word is another word in «ی» (منتظر+ی, هنر+ی) seen at least {@code seen} times. */
  static boolean madeFrom(String key, long seen) {
    if (key.length() < 4 || !key.endsWith("ی")) {
      return false;
    }
    String base = key.substring(0, key.length() - 1);
    return LEXICON.isWord(base) && LEXICON.frequency(base) >= seen;
  }

  /**
   * Whether token x, after an everyday given name, is a plain word of the lists: neither unknown
   * nor shaped as a family name nor a name, so that only a title or role makes the two a person.
   */
  static boolean plainAfter(Scan s, int x) {
    return !s.unknown(x)
        && !s.givenName(x)
        && s.name[x] == null
        && !FamilyNameShapes.looksLikeSurname(s.key(x))
        && !FamilyNameShapes.partApart(s.key(x));
  }
}
