package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.text.SearchFolding;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a folded word is, as far as finding names needs: a function word, a verb, a time word,
 * unknown.
 */
final class Words {
  private static final Lexicon LEXICON = Lexicon.get();
  private static final Set<String> TIME =
      folded(
          "روز",
          "امروز",
          "دیروز",
          "فردا",
          "امشب",
          "دیشب",
          "هفته",
          "ماه",
          "سال",
          "امسال",
          "صبح",
          "ظهر",
          "عصر",
          "شب",
          "شنبه",
          "یکشنبه",
          "دوشنبه",
          "سه\u200cشنبه",
          "سهشنبه",
          "چهارشنبه",
          "پنجشنبه",
          "پنج\u200cشنبه",
          "جمعه",
          "فروردین",
          "اردیبهشت",
          "خرداد",
          "تیر",
          "مرداد",
          "شهریور",
          "مهر",
          "آبان",
          "آذر",
          "دی",
          "بهمن",
          "اسفند",
          "ساعت",
          "اخیر",
          "گذشته",
          "آینده",
          "جاری");
  private static final Set<String> BREAKS =
      folded(
          "و", "در", "با", "به", "از", "که", "را", "این", "آن", "برای", "تا", "بر", "هم", "نیز",
          "یا", "اما", "ولی", "چون", "اگر", "هر", "همه", "پس", "پیش", "بین", "میان", "طی", "ضمن",
          "درباره", "علیه", "مانند", "بدون", "نزد", "سوی", "طرف", "وی", "او", "ما", "آنها", "ایشان",
          "خود", "همچنین", "گفت", "افزود", "کرد", "شد", "است", "بود", "دارد", "داشت", "کند", "شود",
          "نمود", "گفته", "گردید", "کردند");
  private static final Set<String> PRONOUNS = folded("وی", "او", "ایشان");

  /**
   * Words that follow a title in place of a name (امام راحل، رهبر معظم، شهید بزرگوار) or are a
   * title or a player's position themselves: never the first word of a person's name.
   */
  private static final Set<String> TITLE_WORDS =
      folded(
          "راحل",
          "فقید",
          "مرحوم",
          "معظم",
          "بزرگوار",
          "عالیقدر",
          "گرامی",
          "محترم",
          "عزیز",
          "امت",
          "جمعه",
          "الاسلام",
          "المسلمین",
          "والمسلمین",
          "مدافع",
          "مهاجم",
          "هافبک",
          "دروازه‌بان",
          "سرمربی",
          "مربی",
          "بازیکن",
          "کاپیتان",
          "داور",
          "ملی‌پوش",
          "شهدا",
          "خانم",
          "آقا");

  private Words() {}

  static Set<String> folded(String... words) {
    return Stream.of(words).map(SearchFolding::fold).collect(Collectors.toUnmodifiableSet());
  }

  static boolean isTime(String key) {
    return TIME.contains(key);
  }

  /** A word no name runs through: a function word, a verb, a time word, a number. */
  static boolean breaksName(String key) {
    return BREAKS.contains(key)
        || TIME.contains(key)
        || LEXICON.isStopword(key)
        || LEXICON.isVerb(key)
        || Character.isDigit(key.charAt(0));
  }

  /** A title, a title's complement or a player's position: never a person's name by itself. */
  static boolean isTitleWord(String key) {
    return TITLE_WORDS.contains(key);
  }

  /** One of the short function words (و، در، را …) no name starts or ends with. */
  static boolean isFunctionWord(String key) {
    return BREAKS.contains(key) && key.length() <= 3;
  }

  /**
   * Whether two words written apart are one common word (علی رغم → علی‌رغم "despite", شرکت کنندگان
   * → "participants"): frequent in the word list when joined.
   */
  static boolean isCompound(String first, String second) {
    return LEXICON.frequency(first + second) >= 5_000;
  }

  static boolean isPronoun(String key) {
    return PRONOUNS.contains(key);
  }

  /** Plural, ezafe and adjectival endings a known word may carry (کشورهای، همکاریهای، معاونان). */
  private static final String[] ENDINGS = {
    "هایی", "های", "ها", "ترین", "تر", "یی", "ای", "ان", "ات", "ی", "اش", "شان", "مان", "ایم",
    "اید", "اند", "یم", "ید", "ند", "ام", "م", "شده", "شدهها", "شدهی", "کننده", "کنندگان", "کنندهی",
    "گر", "گری", "گرا", "گرایی", "پذیر", "ساز", "سازی", "گیری", "رسانی", "شدن", "کردن"
  };

  /**
   * A word none of the Persian word lists holds, even without an ending: in news, most often a
   * transliterated name.
   */
  static boolean isUnknown(String key) {
    if (key.length() < 2 || Character.isDigit(key.charAt(0)) || LEXICON.isKnown(key)) {
      return false;
    }
    for (String ending : ENDINGS) {
      if (key.length() > ending.length() + 1
          && key.endsWith(ending)
          && LEXICON.isKnown(key.substring(0, key.length() - ending.length()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Endings of Iranian family names, joined to the name or written apart (فرخی زاد، سلیمی نژاد).
   */
  static final Set<String> SURNAME_PARTS =
      folded(
          "زاده", "زاد", "پور", "نژاد", "فر", "نیا", "وند", "راد", "کیا", "منش", "فرد", "نسب",
          "پناه");

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
    return key.endsWith("یان") || key.endsWith("ی") && !LEXICON.isWord(key);
  }
}
