package ir.khabar.core.understand.entities;

import ir.khabar.core.understand.WordSet;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.text.SearchFolding;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What a folded word is, as far as finding names needs: a function word, a verb, a time word,
 * unknown.
 */
final class Words {
  private static final Lexicon LEXICON = Lexicon.get();
  private static final Set<String> MONTHS =
      IntStream.rangeClosed(1, 12)
          .mapToObj(m -> SearchFolding.fold(JalaliDate.monthName(m)))
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> TIME =
      union(
          MONTHS,
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
              "ساعت",
              "اخیر",
              "گذشته",
              "آینده",
              "جاری"));
  static final Set<String> BREAKS =
      folded(
          "و", "در", "با", "به", "از", "که", "را", "این", "آن", "برای", "تا", "بر", "هم", "نیز",
          "یا", "اما", "ولی", "چون", "اگر", "هر", "همه", "پس", "پیش", "بین", "میان", "طی", "ضمن",
          "درباره", "علیه", "مانند", "بدون", "نزد", "دارای", "سوی", "طرف", "وی", "او", "ما", "آنها",
          "ایشان", "خود", "همچنین", "گفت", "افزود", "کرد", "شد", "است", "بود", "دارد", "داشت",
          "کند", "شود", "نمود", "گفته", "گردید", "کردند", "تاکنون", "هنوز", "همچنان", "اکنون",
          "صرفا", "فقط", "تنها", "بیش", "حتی", "هرگز", "هیچگاه", "همواره", "اخیرا", "قبلا", "سپس",
          "براساس", "همین", "چنین", "بلکه", "ضمنا", "دیگر", "باید", "نباید", "خواهد", "روی", "پیرو",
          "دراین", "درآن", "ازاین", "ازآن", "بااین", "براین", "بدین", "چندی", "توسط", "جهت", "درپی",
          "مقابل", "علیرغم", "بجای", "بهجای", "بنابر", "درمورد", "نظیر", "همچون", "راجع", "هستیم",
          "هستید", "نیستند", "نیستیم", "مبنی", "حاکی", "ناشی", "چند", "چندین", "برخی", "بعضی",
          "سایر", "کلیه", "بسیار", "خیلی", "کاملا", "نسبتا", "علیهما", "علیهم", "علیها", "واقع",
          "هنگامی", "فلانی", "مشغول", "تحت", "وارد", "بدلیل", "بخاطر", "بوسیله", "بعنوان", "بمنظور",
          "موجب", "سبب", "شامل", "موسوم", "یادشده", "مذکور", "مزبور");
  private static final Set<String> PRONOUNS = folded("وی", "او", "ایشان");

  /**
   * Words that follow a title in place of a name (امام راحل، رهبر معظم، شهید بزرگوار) or are a
   * title, a player's position or an occupation themselves: never the first word of a person's
   * name, nor a family name.
   */
  private static final Set<String> TITLE_WORDS =
      folded(
          "راحل",
          "فقید",
          "گمنام",
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
          "دروازه\u200cبان",
          "سرمربی",
          "مربی",
          "بازیکن",
          "کاپیتان",
          "داور",
          "ملی\u200cپوش",
          "شهدا",
          "خانم",
          "آقا",
          "مجری",
          "راوی",
          "کارگردان",
          "بازیگر",
          "خواننده",
          "نویسنده",
          "شاعر",
          "خبرنگار",
          "عکاس",
          "مترجم",
          "پژوهشگر",
          "کارشناس",
          "ورزشکار");

  private Words() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }

  static Set<String> folded(String... words) {
    return Stream.of(words).map(SearchFolding::fold).collect(Collectors.toUnmodifiableSet());
  }

  /** The words folded, as a set also asked of two words read as one. */
  static WordSet foldedSet(String... words) {
    return WordSet.of(folded(words));
  }

  static boolean isMonth(String key) {
    return MONTHS.contains(key);
  }

  static boolean isTime(String key) {
    return TIME.contains(key);
  }

  /**
   * A word no name runs through: a function word, a verb, a time word, a number, a word that opens
   * another phrase ({@link PhraseStarts}).
   */
  static boolean breaksName(String key) {
    return BREAKS.contains(key)
        || TIME.contains(key)
        || LEXICON.isStopword(key)
        || VerbForms.isVerb(key)
        || Character.isDigit(key.charAt(0))
        || PhraseStarts.opens(key)
        || personalEnding(key)
        || VerbForms.perfect(key)
        || indefinitePlural(key);
  }

  /** How often the web vocabulary sees an everyday word, at least (سفر، جریان، قرار). */
  private static final long EVERYDAY = 5_000_000L;

  /** A word of the lists as often seen as an everyday word. */
  static boolean everyday(String key) {
    return LEXICON.isWord(key) && LEXICON.frequency(key) >= EVERYDAY;
  }

  /**
   * A plural with the indefinite «ی» (گفتگوهایی، فعالیت‌هایی: "some talks"): no name's word, as a
   * name is definite. The word before «هایی» must be a word of the lists (not «رهایی»).
   */
  static boolean indefinitePlural(String key) {
    return key.length() > 6
        && key.endsWith("هایی")
        && LEXICON.isWord(key.substring(0, key.length() - 4));
  }

  /**
   * The everyday word a word is with the «ی» of the indefinite or of an adjective written on it:
   * «نامه‌ای» (a letter), «رسانه‌ای», «مذاکراتی» (some talks), «انتخاباتی»; null for any other
   * word. A family name made so has a rarer stem or plural (قمشه‌ای، زواره‌ای، محلاتی) or no plural
   * in it (نجاتی، حیاتی).
   */
  static String everydayWithYa(String key) {
    if (key.length() > 4 && key.endsWith("های")) {
      String stem = key.substring(0, key.length() - 2);
      return everyday(stem) ? stem : null;
    }
    if (key.length() > 5 && key.endsWith("اتی")) {
      // an everyday plural in «ات» of an everyday word: «مذاکرات» of «مذاکره», «نظرات» of «نظر»;
      // not a word that only ends so (نجات، حیات) nor a rarer plural (محلات of Mahallati)
      String plural = key.substring(0, key.length() - 1);
      String single = key.substring(0, key.length() - 3);
      boolean everydayPlural =
          single.length() > 2 && everyday(plural) && (everyday(single) || everyday(single + "ه"));
      return everydayPlural ? plural : null;
    }
    return null;
  }

  private static final String[] PERSONAL_ENDINGS = {"شان", "مان", "تان", "ش"};

  /**
   * A word with a personal ending (خودش، برایشان، کشورش، همپیمانانش): a pronoun's, so no name's
   * word. The word must be no word of the lists itself (درمان، آموزش) and what is left a function
   * word, or a word of four letters or more or its plural (not فرو in فروشان).
   */
  static boolean personalEnding(String key) {
    if (LEXICON.isKnown(key)) {
      return false;
    }
    for (String ending : PERSONAL_ENDINGS) {
      int stem = key.length() - ending.length();
      if (stem >= 2 && key.endsWith(ending)) {
        String rest = key.substring(0, stem);
        return BREAKS.contains(rest) || stem >= 4 && noun(rest);
      }
    }
    return false;
  }

  /** A word of the lists, or its plural in «ان» or «ها» («های» before a pronoun: اشک‌هایش). */
  private static boolean noun(String key) {
    return LEXICON.isWord(key)
        || withEnding(key, PLURALS_AN_HA, LEXICON::isWord)
        || withEnding(key, PLURAL_BOUND, LEXICON::isWord);
  }

  private static final String[] PLURAL_BOUND = {"های"};

  private static final String[] PLURALS_AN_HA = {"ان", "ها"};

  /**
   * Whether the word ends in one of {@code endings} and what is left before it passes {@code test}
   * (همپیمانان → همپیمان, مدیران → مدیر).
   */
  static boolean withEnding(String key, String[] endings, Predicate<String> test) {
    for (String ending : endings) {
      if (key.length() > ending.length() + 2
          && key.endsWith(ending)
          && test.test(key.substring(0, key.length() - ending.length()))) {
        return true;
      }
    }
    return false;
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
   * → "participants", روزنامه نگاران → "journalists"): frequent in the word list when joined, or
   * the plural of such a word.
   */
  static boolean isCompound(String first, String second) {
    String joined = first + second;
    return common(joined) || withEnding(joined, PLURALS_AN_HA, Words::common);
  }

  private static boolean common(String joined) {
    return LEXICON.frequency(joined) >= 5_000;
  }

  private static final Set<String> DETACHED = folded("ها", "های", "هایی", "ای", "ی", "تر", "ترین");

  /** A plural, indefinite or comparative ending written as a word of its own (کشور ها). */
  static boolean isDetachedEnding(String key) {
    return DETACHED.contains(key);
  }

  /** The second half of «گفت‌وگو» and its forms, written apart from «گفت». */
  private static final Set<String> TALK_HALVES =
      folded("وگو", "وگوی", "وگوها", "وگوهای", "وگوهایی", "وگویی");

  /** Whether {@code key} is the rest of «گفت‌وگو» after {@code before} («گفت وگوهای دو طرف»). */
  static boolean isTalkHalf(String before, String key) {
    return TALK_HALVES.contains(key) && before.equals("گفت");
  }

  /**
   * A verb's present stem, bare or with «ی», that ends a compound noun written apart: سیاست گذار،
   * سرمایه گذاری، زبان شناسی، برنامه ریزی.
   */
  static boolean isStemPart(String key) {
    String stem = key.endsWith("ی") ? key.substring(0, key.length() - 1) : key;
    return stem.length() >= 2
        && !BREAKS.contains(key)
        && !TIME.contains(key)
        && !LEXICON.isStopword(key)
        && !stem.endsWith("د")
        && !stem.endsWith("ت")
        && LEXICON.isVerbForm(stem + "د");
  }

  private static final Set<String> ORDINALS =
      folded(
          "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم",
          "سیزدهم", "چهاردهم", "پانزدهم");

  /** An ordinal that numbers a term or an edition: «مجلس دهم», «دولت یازدهم». */
  static boolean isOrdinal(String key) {
    return ORDINALS.contains(key);
  }

  private static final Set<String> DETERMINERS =
      folded("این", "آن", "همین", "همان", "هر", "چند", "برخی", "سایر", "دیگر", "یک");

  /** A word before a noun that makes it any one of its kind: این، هر، چند، یک. */
  static boolean isDeterminer(String key) {
    return DETERMINERS.contains(key);
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
}
