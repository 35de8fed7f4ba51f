package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Whether an agreement's word tells a signing. A verb of signing or concluding is one («امضا
 * کردند», «منعقد شد», «به توافق رسیدند», «عقد قرارداد», «نهایی شد»); an agreement's noun is one
 * only in a clause that signs or concludes it («قرارداد … را امضا کردند»), else it names a treaty
 * the encounter is about («درباره اجرای توافق‌نامه …», «براساس قرارداد …»).
 */
final class Signings {
  private Signings() {}

  /** Whether the agreement's word at i, in clause c, is signed or concluded there. */
  static boolean sealed(List<String> keys, int i, Clause c) {
    if (EventWords.typeAt(keys, i) != Event.Type.AGREEMENT
        || sealing(keys.get(i))
        || concluded(keys, i)) {
      return true;
    }
    if (i + 1 < keys.size() && keys.get(i).startsWith("توافق") && reached(keys.get(i + 1))) {
      return true;
    }
    if (reachedLater(keys, i, c)) {
      return true;
    }
    if (BARE.contains(EventWords.stem(keys.get(i)))) {
      return false; // «توافق» alone is an accord of views or one hoped for, unless told concluded
    }
    for (int k = c.from(); k < c.to(); k++) {
      if (sealing(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The encounter an agreement's clause says it was signed at, or -1: a visit, meeting or talks
   * told as the time of the signing («در سفر خاتمی به هند تفاهم‌نامه‌ای امضا شد», «با سفر زنگنه به
   * ایروان قرارداد … امضا شد», «در پایان دوازدهمین نشست کمیسیون مشترک … امضا کردند»), that {@code
   * tells} accepts. It is an event of its own beside the signing.
   */
  static int during(List<String> keys, Clause c, IntPredicate tells) {
    for (int k = c.from(); k < c.to(); k++) {
      Event.Type t = EventWords.typeAt(keys, k);
      if ((t == Event.Type.VISIT || t == Event.Type.MEET || t == Event.Type.TALKS)
          && opensTime(keys, k)
          && tells.test(k)) {
        return k;
      }
    }
    return -1;
  }

  /** Words that make an encounter's noun the time of what follows: «در سفر», «طی دیدار». */
  private static final Set<String> AT_TIME = EventContext.folded("در", "با", "طی", "حین");

  /** Nouns of a time within an encounter, after «در»: «در پایان نشست», «در حاشیه دیدار». */
  private static final Set<String> TIME_OF =
      EventContext.folded("جریان", "پایان", "حاشیه", "خلال", "ادامه", "آغاز");

  /** Whether a time phrase opens right before the word k, past an ordinal («دوازدهمین»). */
  private static boolean opensTime(List<String> keys, int k) {
    int j = k - 1;
    if (j >= 0 && (keys.get(j).endsWith("مین") || keys.get(j).equals("نخستین"))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    return AT_TIME.contains(keys.get(j))
        || j > 0 && keys.get(j - 1).equals("در") && TIME_OF.contains(keys.get(j));
  }

  /** Agreement nouns that tell one only when told concluded: «توافقات موجود». */
  private static final Set<String> BARE = EventContext.folded("توافق", "توافقات");

  /** Words before an agreement that make it the ground of what follows: «براساس توافقنامه». */
  private static final Set<String> GROUNDS =
      EventContext.folded("براساس", "اساس", "طبق", "مطابق", "موجب");

  /** Words after an agreement that tell it concluded: «توافقات موجود», «توافقهای انجام شده». */
  private static final Set<String> STANDING =
      EventContext.folded("موجود", "قبلی", "پیشین", "سابق", "منعقده", "فیمابین");

  /** Adjectives between an agreement and what tells it concluded: «توافقنامه دولتی میان …». */
  private static final Set<String> KINDS =
      EventContext.folded("دولتی", "دوجانبه", "دو\u200cجانبه", "همکاری", "ای", "های");

  /**
   * Whether the agreement's word at i is told as one that exists, whatever its clause's verb says:
   * qualified as standing or done («توافقات موجود بین روسیه ومولداوی», «توافقهای انجام شده میان
   * مقامهای دو کشور»), or the ground of what is done («براساس توافقنامه دولتی میان دو کشور»). An
   * agreement concluded is an event (the guideline counts one mentioned as concluded, with no day).
   */
  static boolean concluded(List<String> keys, int i) {
    if (EventWords.typeAt(keys, i) != Event.Type.AGREEMENT) {
      return false;
    }
    if (i > 0 && GROUNDS.contains(keys.get(i - 1))) {
      return true;
    }
    int k = i + 1;
    while (k < keys.size() && k <= i + 2 && KINDS.contains(keys.get(k))) {
      k++;
    }
    if (k >= keys.size()) {
      return false;
    }
    return STANDING.contains(keys.get(k))
        || k + 1 < keys.size()
            && (keys.get(k).equals("انجام") || sealing(keys.get(k)))
            && keys.get(k + 1).equals("شده");
  }

  /** Signed, concluded, contracted, exchanged or finalised: «عقد قرارداد», «نهایی شد». */
  static boolean sealing(String key) {
    return key.startsWith("امضا")
        || key.startsWith("منعقد")
        || key.equals("عقد")
        || key.startsWith("بست")
        || key.equals("نهایی")
        || key.equals("مبادله");
  }

  /**
   * «به توافق موقت با تهران … رسیدند»: «به توافق» whose clause goes on to «رسیدند», however much of
   * the deal's terms comes between, with no other «به» that the verb could close.
   */
  private static boolean reachedLater(List<String> keys, int i, Clause c) {
    if (i == 0 || !keys.get(i - 1).equals("به") || !keys.get(i).startsWith("توافق")) {
      return false;
    }
    for (int k = i + 1; k < c.to(); k++) {
      if (keys.get(k).equals("به")) {
        return false; // «به توافقات … به تصویب … رسیده»: the «رسید» is another's
      }
      if (keys.get(k).startsWith("رسید") || keys.get(k).startsWith("نرسید")) {
        return keys.get(k).startsWith("رسید");
      }
    }
    return false;
  }

  /** «به توافق رسیدند», «توافق کردند»: the verb after «توافق» that makes it a deal reached. */
  private static boolean reached(String key) {
    return key.startsWith("رسید") || key.startsWith("کرد");
  }
}
