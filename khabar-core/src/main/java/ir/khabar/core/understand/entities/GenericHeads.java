package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Compounds;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * Head words that also name things of their kind, told apart by the word after them. «هیئت» is a
 * body («هیأت ورزش عربستان سعودی») and any delegation or board: the compounds the word lists hold
 * (هیئت علمی, هیئت مدیره, هیئت دولت) and a delegation described by an adjective or a demonym (هیات
 * عالی رتبه, هیئت تجاری اصفهان). «شبکه» is a broadcaster and any network (شبکه بانکی, شبکه اینترنت,
 * شبکه برق): any word the lists hold that is no media adjective, no number and none of the channels
 * named by a common word. «نیروی» is a branch of the armed forces and any force (نیروی انسانی,
 * نیروی کار).
 */
final class GenericHeads {
  private static final Set<String> BOARD = Words.folded("هیئت", "هیات", "هیأت", "هئیت", "هییت");

  /**
   * Words of broadcasting, after which «شبکه» is a channel (شبکه خبری الجزیره, شبکه اطلاع رسانی).
   */
  private static final Set<String> MEDIA =
      Words.folded(
          "خبری",
          "تلویزیونی",
          "ماهواره\u200cای",
          "ماهواره",
          "رادیویی",
          "تصویری",
          "اطلاع",
          "اطلاع\u200cرسانی",
          "خبررسانی");

  /**
   * Common words that after «شبکه» name one channel or body: the state broadcaster's channels by
   * number and by name (شبکه دوم, شبکه خبر, شبکه افق) and a county's health network.
   */
  private static final Set<String> CHANNELS =
      Words.folded(
          "اول", "دوم", "سوم", "چهارم", "پنجم", "خبر", "ورزش", "آموزش", "نسیم", "افق", "امید",
          "مستند", "نمایش", "تماشا", "قرآن", "سلامت", "کودک", "پویا", "سحر", "شما", "سیما",
          "بهداشت");

  /** The branches of armed forces and police that «نیروی» heads. */
  private static final Set<String> BRANCHES =
      Words.folded(
          "انتظامی", "دریایی", "هوایی", "زمینی", "هوافضا", "هوافضای", "قدس", "پدافند", "مقاومت",
          "دریائی", "هوائی");

  /**
   * Adjectives that refer back (مذکور, یادشده, ذیربط), give a body's function (فنی, تخصصی, مشترک,
   * انتخاباتی), its age (جدید; and those of {@link #AGES}) or its side in a contest (حریف, میزبان):
   * after a head, and with nothing after them, they name no one body.
   */
  private static final Set<String> ANY_BODY =
      Words.folded(
          "مذکور",
          "یادشده",
          "فوق",
          "ذیربط",
          "ذیصلاح",
          "متبوع",
          "مربوط",
          "مربوطه",
          "مرتبط",
          "مشترک",
          "تخصصی",
          "فنی",
          "اعزامی",
          "منتخب",
          "انتخاباتی",
          "اپوزیسیون",
          "مخالف",
          "موافق",
          "حاضر",
          "جدید",
          "موجود",
          // a side in a match or contest: «تیم حریف», «تیم میزبان»
          "حریف",
          "رقیب",
          "مقابل",
          "میزبان",
          "میهمان",
          "مهمان");

  /** Words that name what an agency of any kind does, right after its head (آژانس خبری). */
  private static final Set<String> TRADES =
      Words.folded(
          "خبری",
          "خبررسانی",
          "هواپیمایی",
          "مسافرتی",
          "مسافربری",
          "تاکسی",
          "املاک",
          "تبلیغاتی",
          "اطلاعاتی",
          "فضایی");

  private GenericHeads() {}

  /** Whether the word after a head names the trade of any body of its kind: «آژانس هواپیمایی». */
  static boolean trade(String key) {
    return TRADES.contains(key);
  }

  /**
   * Words that refer back to a body named before or to the speaker's own: «اتحادیه صنفی مربوطه»,
   * «سازمان ذیربط», «فدراسیون خودمان».
   */
  private static final Set<String> REFERS_BACK =
      Words.folded(
          "مذکور", "یادشده", "فوق", "ذیربط", "ذیصلاح", "متبوع", "مربوط", "مربوطه", "خود", "خودمان",
          "خودشان", "خودش", "خودتان", "ما", "شما");

  /**
   * Whether a head's words end in one that refers back («اتحادیه صنفی مربوطه»): the body the text
   * named before, or any of its kind, by a description and no name.
   */
  static boolean refersBack(Scan s, int first, int end) {
    return end > first && REFERS_BACK.contains(s.key(end - 1));
  }

  /**
   * Whether a head's one word after it makes it any body of its kind (کمیته فنی, آژانس مسافرتی).
   */
  static boolean describesAny(String key) {
    return ANY_BODY.contains(key) || TRADES.contains(key) || AGES.contains(key);
  }

  /** Words that date a body: the one it was, or is now («تیم سابق», «سازمان … فعلی»). */
  private static final Set<String> AGES = Words.folded("قبلی", "سابق", "پیشین", "فعلی", "کنونی");

  /**
   * Whether the word dates the body named before it: it is no part of the name («سازمان میراث
   * فرهنگی سابق» is the body «سازمان میراث فرهنگی» was).
   */
  static boolean dates(String key) {
    return AGES.contains(key);
  }

  /** Whether the head at token i means any one of its kind here, no body's name. */
  static boolean any(Scan s, int i) {
    if (i + 1 >= s.size() || !s.adjacent(i)) {
      return false;
    }
    String head = s.key(i);
    String next = s.key(i + 1);
    Entry e = s.name[i + 1];
    return switch (head) {
      case "شبکه" -> e == null && anyNetwork(s, i + 1, next);
      case "نیروی" -> e == null && !BRANCHES.contains(next);
      case "اداره" -> e != null && e.isCountry() || GOVERNED.contains(next);
      default -> BOARD.contains(head) && board(next, e);
    };
  }

  /** What «اداره» runs when it is the running of it, no office: «اداره کشور», «اداره جامعه». */
  private static final Set<String> GOVERNED = Words.folded("کشور", "مملکت", "جامعه", "شهر");

  private static boolean anyNetwork(Scan s, int i, String key) {
    return !s.unknown(i) && !s.counted(i) && !MEDIA.contains(key) && !CHANNELS.contains(key);
  }

  /** The lists hold a compound in one spelling of the head only (هیئت‌دولت, هیات‌علمی). */
  private static boolean board(String next, Entry e) {
    boolean demonym = e != null && e.isCountryWord();
    // an adjective in «ی» or a demonym describes the delegation (هیئت تجاری, هیات آفریقایی)
    boolean described = next.endsWith("ی") && (demonym || e == null && adjective(next));
    return described || e == null && BOARD.stream().anyMatch(b -> compound(b, next));
  }

  private static boolean adjective(String key) {
    return Lexicon.get().isAdjective(key);
  }

  /** Whether the lists hold the two words as one compound noun (هیئت‌علمی). */
  private static boolean compound(String first, String second) {
    Compounds.Start start =
        Lexicon.get().compounds().startingWith(first.toCharArray(), first.length());
    return start != null && start.pair(second.toCharArray(), second.length()) != null;
  }

  /**
   * A head word that makes one word with the next (شرکت کنندگان: participants, خانه داری) is no
   * organisation's head there.
   */
  static boolean compound(Scan s, int i) {
    return i + 1 < s.size()
        && s.adjacent(i)
        && !s.key(i)
            .endsWith("ی") // «شورای عالی»: a head in the construct state governs the next word
        && !(i + 2 < s.size() && s.adjacent(i + 1) && SPORTS.contains(s.key(i + 2)))
        && s.compound(i + 1);
  }

  /**
   * Words that judge what they follow (خوب, قوی, ضعیف): a head's first word judged says what kind
   * of body it is («تیم خوب و پرقدرتی»), never which.
   */
  private static final Set<String> JUDGED =
      Words.folded("خوب", "بد", "قوی", "ضعیف", "پرقدرت", "قدرتمند", "بهتر", "بدتر");

  /** Whether a head's first word judges its body: «تیم خوب …», «تیم قوی …». */
  static boolean judged(String key) {
    return JUDGED.contains(key);
  }

  /** Whether a word names a sport: «فوتبال», «والیبال». */
  static boolean isSport(String key) {
    return SPORTS.contains(key);
  }

  /** Sports, after which «تیم ملی» is one team's name («تیم ملی والیبال ایران»), not any team. */
  private static final Set<String> SPORTS =
      Words.folded(
          "فوتبال",
          "فوتسال",
          "والیبال",
          "بسکتبال",
          "هندبال",
          "کشتی",
          "تکواندو",
          "تکواندوی",
          "کاراته",
          "جودو",
          "بوکس",
          "شنا",
          "تنیس",
          "اسنوکر",
          "وزنه\u200cبرداری",
          "وزنهبرداری",
          "دوومیدانی",
          "ژیمناستیک",
          "تیراندازی",
          "قایقرانی",
          "دوچرخه\u200cسواری",
          "راگبی",
          "هاکی",
          "بدمینتون",
          "شمشیربازی",
          "ووشو",
          "کبدی",
          "سپک\u200cتاکرا",
          "اسکی",
          "چوگان");
}
