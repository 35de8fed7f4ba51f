package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * The forms of verbs that end a name: the verb lists' forms, told from the nouns they also read
 * (فرهنگی، کار), the light verbs a noun before makes a verb with (اعلام کرد، دایر می‌شود), and the
 * present perfect joined by a half-space (داشته‌ایم).
 */
final class VerbForms {
  private static final Lexicon LEXICON = Lexicon.get();

  private VerbForms() {}

  /**
   * Stems of the light verbs and auxiliaries that end most clauses of news (کرد، شد، داشت …),
   * present and past: the verb a noun before them makes with them (اعلام کرد، دایر می‌شود).
   */
  private static final Set<String> LIGHT_STEMS =
      Words.folded(
          "کرد", "کن", "شد", "شو", "داشت", "دار", "داد", "ده", "گرفت", "گیر", "زد", "زن", "بود",
          "باش", "کشید", "کش", "خورد", "خور", "آمد", "آی", "یافت", "یاب", "نمود", "نما", "گشت",
          "گرد", "گردید", "ساخت", "ساز", "رسید", "رس", "آورد", "آور", "افتاد", "افت", "خواست",
          "خواه");

  /** Stems of other verbs frequent in news whose forms are also nouns (گفت، دید، نشست). */
  private static final Set<String> COMMON_STEMS =
      Words.folded(
          "گفت", "گو", "دید", "بین", "توانست", "توان", "رفت", "رو", "برد", "بر", "ماند", "مان",
          "گذاشت", "گذار", "نشست", "نشین", "پرداخت", "پرداز", "کاست", "کاه", "افزود", "افزا",
          "دانست", "دان", "شناخت", "شناس", "خواند", "خوان", "نوشت", "نویس", "ریخت", "ریز", "بست",
          "بند");

  private static final String[] PERSON_ENDINGS = {"ند", "ید", "یم", "ام", "ه", "د", "ی", "م", ""};

  /**
   * A verb. The verb lists read many common nouns and adjectives as a stem with an ending (فرهنگی،
   * کار، گروه، مردم): a word the lists also hold as a plain word is a verb only when its stem is a
   * light verb's or it carries «می» or «نمی».
   */
  static boolean isVerb(String key) {
    if (!LEXICON.isVerb(key)) {
      return withPreverb(key) || gluedFuture(key);
    }
    if (!LEXICON.isWord(key) || key.startsWith("می") || key.startsWith("نمی")) {
      return true;
    }
    return formOf(key, LIGHT_STEMS) || formOf(key, COMMON_STEMS);
  }

  /** Preverbs joined to «می» in the display text: «برمی‌گردد», «درمی‌آید», «بازمی‌گردد». */
  private static final String[] PREVERBS = {"بر", "در", "باز", "فرا", "وا"};

  /** A verb with a preverb joined before its «می» or «نمی», which the lists hold without it. */
  private static boolean withPreverb(String key) {
    for (String preverb : PREVERBS) {
      if (key.startsWith(preverb)) {
        String rest = key.substring(preverb.length());
        if ((rest.startsWith("می") || rest.startsWith("نمی")) && LEXICON.isVerb(rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An infinitive, a verb's past stem with «ن» (نهادن، کردن، ساختن): a verbal noun, which with the
   * noun before it tells an act (بنا نهادن), never a word of a name.
   */
  static boolean isInfinitive(String key) {
    // a word of the lists whose stem with a plural ending is a verb's form (نهادند، پرسیدند; not
    // تمدند، متند), not a foreign name (آستن)
    return key.length() > 3
        && (key.endsWith("دن") || key.endsWith("تن"))
        && LEXICON.isWord(key)
        && LEXICON.isVerbForm(key.substring(0, key.length() - 1) + "ند");
  }

  /** Light verbs that are verbs of coming and going too (آمد, رسید, افتاد): «رضایی آمد». */
  private static final Set<String> MOTION_STEMS =
      Words.folded("آمد", "آی", "رسید", "رس", "افتاد", "افت");

  /** A form of a light verb that is also a verb of coming or going, on its own. */
  static boolean isMotion(String key) {
    return formOf(key, MOTION_STEMS);
  }

  /**
   * A form of a light verb (کرد، می‌شود، نمی‌دهد، کرده‌اند), whether its prefix or ending is joined
   * or not.
   */
  static boolean isLightVerb(String key) {
    String participle = participleOf(key);
    return formOf(key, LIGHT_STEMS) || participle != null && formOf(participle, LIGHT_STEMS);
  }

  /**
   * A compound verb written without its space (قرارگرفت, اعلام‌کرد with the half-space lost): an
   * everyday noun, then a light verb's form; or a future so written (خواهدبود). Given names are
   * asked before (شهرداد).
   */
  static boolean gluedCompound(String key) {
    if (gluedFuture(key)) {
      return true;
    }
    for (int k = 3; k + 2 <= key.length(); k++) { // a noun of three letters at least (not تا، ال)
      String noun = key.substring(0, k);
      if (Words.everyday(noun) && isLightVerb(key.substring(k))) {
        return true;
      }
    }
    return false;
  }

  private static final String[] FUTURE_ENDINGS = {"ند", "ید", "یم", "د", "ی", "م"};

  /**
   * A future written without its space: «خواهد» or «نخواهد» (any person) joined to a past stem,
   * «خواهدبود», «نخواهندکرد». The past stem is the one whose form with «ند» is a verb.
   */
  static boolean gluedFuture(String key) {
    String rest =
        key.startsWith("نخواه")
            ? key.substring(5)
            : key.startsWith("خواه") ? key.substring(4) : null;
    if (rest == null) {
      return false;
    }
    for (String ending : FUTURE_ENDINGS) {
      if (rest.startsWith(ending) && rest.length() >= ending.length() + 2) {
        return LEXICON.isVerbForm(rest.substring(ending.length()) + "ند");
      }
    }
    return false;
  }

  private static boolean formOf(String key, Set<String> stems) {
    String bare = key;
    for (String prefix : new String[] {"نمی", "می", "ن", "ب"}) {
      if (key.startsWith(prefix) && key.length() > prefix.length() + 1) {
        bare = stems(key.substring(prefix.length()), stems) ? key.substring(prefix.length()) : bare;
      }
    }
    return stems(bare, stems);
  }

  private static boolean stems(String form, Set<String> stems) {
    for (String ending : PERSON_ENDINGS) {
      if (form.endsWith(ending)
          && stems.contains(form.substring(0, form.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PERFECT_ENDINGS = {"ایم", "اید", "اند", "است", "ام"};

  /**
   * A present perfect joined by a half-space (داشته‌ایم، رفته‌اند، گفته‌است), which the verb lists
   * hold only as a participle and an ending apart: a verb. A participle that is also a word
   * (ایستاده, standing) is one before a personal ending (ایستاده‌اند), not before «است».
   */
  static boolean perfect(String key) {
    String participle = participleOf(key);
    return participle != null
        && (isVerb(participle) || LEXICON.isVerb(participle) && !key.endsWith("است"));
  }

  /** The participle of a present perfect joined by a half-space (کرده of کرده‌اند), or null. */
  private static String participleOf(String key) {
    for (String ending : PERFECT_ENDINGS) {
      int stem = key.length() - ending.length();
      if (stem >= 3 && key.endsWith(ending) && key.charAt(stem - 1) == 'ه') {
        return key.substring(0, stem);
      }
    }
    return null;
  }
}
