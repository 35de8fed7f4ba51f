package ir.khabar.core.understand.entities;

import ir.khabar.core.understand.SpelledNumbers;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * Words that open another phrase of the clause, so that no name read from its head word runs on
 * through them: an adverb (بازهم، سریعا), a modifier that comes before its noun (چهاردهمین بازی،
 * بزرگترین، تمام تلاش), and a number spelled out before a time word (سه شنبه، دو روز); and a word
 * that dates the body named before it (سابق، کنونی) where the name would end with it.
 */
final class PhraseStarts {
  /** Adverbs of news prose that may follow a clause's subject (فدراسیون فوتبال بازهم …). */
  /** Adverbs Lilak's tag leaves out ({@link #tanwinAdverb} reads the rest in «اً»). */
  private static final Set<String> ADVERBS =
      Words.folded(
          "بازهم",
          "دوباره",
          "فورا",
          "بلافاصله",
          "رسما",
          "عملا",
          "قطعا",
          "حتما",
          "اصلا",
          "شخصا",
          "بعدا",
          "فعلا",
          "هماکنون",
          "بهویژه",
          "بویژه",
          // of frequency and time, which may follow a clause's subject (علی بارها گفته بود)
          "بارها",
          "همواره",
          "همیشه",
          "هرگز",
          "هنوز",
          "گاهی",
          "اخیرا",
          "قبلا",
          "بعدها");

  /** Quantifiers, which come before the noun they count (تمام تلاش، کلیه مدارس). */
  private static final Set<String> QUANTIFIERS =
      Words.folded("تمام", "تمامی", "کلیه", "بسیاری", "اغلب", "اکثر");

  private static final Set<String> FIRST_AND_LAST = Words.folded("نخستین", "اولین", "آخرین");

  private PhraseStarts() {}

  /** Events a body serves, named after their ordinal (دبیرخانه دومین جشنواره فیلم). */
  private static final Set<String> SERIES =
      Words.folded(
          "جشنواره",
          "همایش",
          "دوره",
          "کنگره",
          "اجلاس",
          "نمایشگاه",
          "کنفرانس",
          "مسابقات",
          "مسابقه",
          "المپیاد",
          "نشست",
          "سمینار",
          "جام");

  /**
   * Whether the word opens a phrase by itself: an adverb, a quantifier, or a superlative in «ترین»
   * (which comes before its noun).
   */
  static boolean opens(String key) {
    return ADVERBS.contains(key)
        || tanwinAdverb(key)
        || QUANTIFIERS.contains(key)
        || key.length() > 5 && key.endsWith("ترین") && known(key.substring(0, key.length() - 4));
  }

  /**
   * Whether token j opens a phrase: a number before a time word (سه شنبه), or an ordinal before its
   * noun (خراسان چهاردهمین بازی) unless that noun is an event the body serves, whose name goes on
   * (ستاد برگزاری دومین جشنواره …).
   */
  static boolean at(Scan s, int j) {
    if (GenericHeads.dates(s.key(j))
        && !(j + 1 < s.size() && s.adjacent(j) && s.name[j + 1] != null)) {
      // «سازمان میراث فرهنگی سابق»: a word dating the body ends its name; one before a listed
      // name dates a word inside it («دادگاه ویژه سران رژیم سابق عراق», «شهرداری کنونی تهران»)
      return true;
    }
    if (j + 1 >= s.size() || !s.adjacent(j)) {
      return false;
    }
    String key = s.key(j);
    if (number(key)) {
      return Words.isTime(s.key(j + 1));
    }
    boolean ordinal =
        FIRST_AND_LAST.contains(key)
            || key.endsWith("مین")
                && SpelledNumbers.isOrdinalStem(key.substring(0, key.length() - 3));
    return ordinal && !SERIES.contains(s.key(j + 1));
  }

  /** Words that count people: «جمع زیادی از مردم», «تعدادی از نمایندگان». */
  private static final Set<String> CROWDS =
      Words.folded("جمع", "جمعی", "عده", "عده\u200cای", "تعداد", "تعدادی", "شماری", "برخی");

  /**
   * Whether token x counts people, a number or a crowd's word: after «و» it ends a body's name
   * («کمیسیون شوراها و امور داخلی و دو نفر از نمایندگان»).
   */
  static boolean people(Scan s, int x) {
    return x < s.size() && (s.counted(x) || CROWDS.contains(s.key(x)));
  }

  /** A number spelled out: one of the words, or several joined by «و» (هفتادوچهار). */
  static boolean number(String key) {
    return SpelledNumbers.is(key);
  }

  /**
   * An adverb in «اً», its tanwin folded away (مطمئناً، قانوناً، اصولاً), as Lilak tags it: family
   * names in «ا» are its nouns and adjectives (توانا، پارسا), and the short ones (بالا، فردا) are
   * place names' words too.
   */
  private static boolean tanwinAdverb(String key) {
    return key.length() >= 5 && key.endsWith("ا") && Lexicon.get().isAdverb(key);
  }

  private static boolean known(String stem) {
    return Lexicon.get().isAdjective(stem) || Lexicon.get().isWord(stem);
  }
}
