package ir.khabar.core.understand.events;

import ir.khabar.core.understand.WordSet;
import java.util.List;
import java.util.Set;

/**
 * An encounter's noun as the complement of a frame, no encounter told: a topic, hope, call or
 * condition («موضوع مذاکره», «به امید آغاز مذاکرات», «خواستار گفتگو»), a source close to it
 * («دیپلمات‌های اروپایی نزدیک به مذاکرات گفته‌اند»), an invitation or request («دعوت از ظریف برای
 * سفر به برازیلیا»), what is talked about («قولی که درباره امضای پروتکل الحاقی داده است»), and an
 * encounter joined to a framed one by «و».
 */
final class Frames {
  private Frames() {}

  /** Nouns and adjectives whose complement the encounter is: «موضوع مذاکره», «آماده گفتگو». */
  private static final WordSet FRAMES =
      EventContext.foldedSet(
          "موضوع",
          "امید",
          "امیدوار",
          "خواستار",
          "خواهان",
          "مرکز",
          "کمیته",
          "کمیته\u200cای",
          "برنامه",
          "دالان",
          "بن\u200cبست",
          "طرفین",
          "طرف",
          "آماده",
          "آمادگی",
          "پیشنهاد",
          "درخواست",
          "دعوت",
          "شرط",
          "شرایط",
          "پیش\u200cشرط",
          "لزوم",
          "ضرورت",
          "اهمیت",
          "تمایل",
          "مخالفت",
          "مخالف",
          "حامی",
          "حمایت",
          "فرصت",
          "زمینه",
          "راه",
          "راهکار",
          "راه\u200cحل",
          "شیوه",
          "روش",
          "گزینه",
          "مسیر",
          "امکان",
          "احتمال",
          "چارچوب",
          "قصد",
          "تصمیم",
          "منتظر",
          "انتظار",
          "اهل",
          "زبان",
          "فرهنگ",
          "جهانی",
          "اصرار",
          "تاکید",
          "مرتبط",
          "مربوط",
          "نزدیک",
          "درباره",
          "پیرامون",
          // «اخبار غیررسمی در خصوص انجام ملاقات‌هایی»; «در مورد» only joined, as «مورد مذاکره
          // قرار گرفت» is talks held
          "خصوص",
          "درمورد");

  /**
   * Words between a frame and its encounter: «به امید آغاز مذاکرات», «خواستار از سرگیری …»,
   * «خواستار بازگشت به مذاکرات».
   */
  private static final Set<String> LINKS =
      EventContext.folded(
          "به", "برای", "از", "سرگیری", "آغاز", "ادامه", "انجام", "برگزاری", "بر", "بازگشت");

  /** Whether the encounter's word at {@code i} is a frame's complement, no encounter told. */
  static boolean framed(List<String> keys, int i) {
    if (i + 1 < keys.size() && keys.get(i + 1).startsWith("رسید")) {
      return false; // «طرفین به توافق رسیدند» is reached, not framed
    }
    if (ruled(keys, i)) {
      return true; // «محدودیت‌های بیشتری در سفر دیپلمات‌های آمریکایی به هاوانا»
    }
    for (int k = i - 1, links = 0; k >= 0 && links <= 2; k--) {
      if (within(keys, k)) {
        return false; // «در چارچوب یک سفر منطقه‌ای»: within the trip, not a frame for one
      }
      if (FRAMES.contains(keys.get(k)) && k > 0 && EventSense.ANAPHORA.contains(keys.get(k - 1))) {
        return false; // «بر سر این موضوع توافق کرده‌اند»: a matter told before, not a frame
      }
      if (FRAMES.contains(keys.get(k))
          || k > 0 && FRAMES.containsJoined(keys.get(k - 1), keys.get(k))) {
        return true;
      }
      if (!LINKS.contains(keys.get(k))) {
        return keys.get(k + 1).equals("برای") && (frameObject(keys, k) || wishedBy(keys, k))
            || sharesFrame(keys, k);
      }
      links++;
    }
    return false;
  }

  /**
   * Whether the words up to {@code k} end in «و» after a framed encounter, whose frame the next
   * shares: «دعوت … از هنیه برای سفر به اردن و گفت و گو با محمود عباس».
   */
  private static boolean sharesFrame(List<String> keys, int k) {
    if (!keys.get(k).equals("و")) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (EventWords.typeAt(keys, j) != null) {
        return framed(keys, j);
      }
    }
    return false;
  }

  /**
   * Whether the words up to {@code k} end in a frame's object, its subject maybe between: «دعوت از
   * ظریف», «دعوت وزیر خارجه برزیل از ظریف», whose «برای» then says what the frame is for («… برای
   * سفر به برازیلیا»).
   */
  private static boolean frameObject(List<String> keys, int k) {
    for (int j = k; j >= Math.max(1, k - 3); j--) {
      if (OBJECT_OF.contains(keys.get(j))) {
        for (int f = j - 1; f >= Math.max(0, j - 5); f--) {
          if (FRAMES.contains(keys.get(f))) {
            return true;
          }
          if (Clause.verb(keys.get(f))) {
            return false;
          }
        }
      }
    }
    return false;
  }

  /** A wish, request or offer whose subject may stand between it and what it is for. */
  private static final Set<String> WISHES =
      EventContext.folded(
          "درخواست", "تمایل", "دعوت", "پیشنهاد", "آمادگی", "قصد", "تصمیم", "اصرار", "اشتیاق");

  /**
   * Whether the words up to {@code k} end in a wish and its subject, whose «برای» says what is
   * wished: «درخواست سه کشور اروپایی برای دیدار با وی», «تمایل عربستان سعودی برای میزبانی نشست».
   */
  private static boolean wishedBy(List<String> keys, int k) {
    for (int j = k; j >= Math.max(0, k - 4); j--) {
      if (WISHES.contains(keys.get(j))) {
        return true;
      }
      if (Clause.verb(keys.get(j)) || keys.get(j).equals("که")) {
        return false;
      }
    }
    return false;
  }

  /** What rules travel or contact: a ban, a limit, a permit. */
  private static final Set<String> RULES =
      EventContext.folded(
          "محدودیت",
          "محدودیت\u200cها",
          "محدودیت\u200cهای",
          "محدودیت\u200cهایی",
          "ممنوعیت",
          "ممنوعیت\u200cهای",
          "منع",
          "ممنوع",
          "مجوز",
          "اجازه",
          "روادید",
          "ویزا");

  /** Words a rule may stand apart from what it rules by: «محدودیت‌های بیشتری در سفر». */
  private static final Set<String> RULE_LINKS =
      EventContext.folded("در", "بر", "برای", "بیشتر", "بیشتری", "جدید", "جدیدی", "تازه", "شدید");

  /**
   * Whether the encounter's noun at i is what a ban, limit or permit rules («ممنوعیت سفر», «مجوز
   * سفر», «محدودیت‌های بیشتری در سفر دیپلمات‌ها»): travel or contact as a matter of rules, no
   * encounter told.
   */
  private static boolean ruled(List<String> keys, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (RULES.contains(keys.get(k))) {
        return true;
      }
      if (!RULE_LINKS.contains(keys.get(k))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> OBJECT_OF = EventContext.folded("از", "به");

  /**
   * Nouns of asking, offering, getting ready or setting conditions told as a clause's verb: «دعوت
   * کرد», «شرط گذاشت».
   */
  private static final Set<String> ASKING =
      EventContext.folded(
          "دعوت",
          "آمادگی",
          "تمایل",
          "درخواست",
          "پیشنهاد",
          "تلاش",
          "آماده",
          "شرط",
          "شروط",
          "پیش\u200cشرط",
          "پیششرط");

  /**
   * Whether the encounter's noun at i, after «برای», is what an invitation, offer, readiness or
   * condition told as its clause's verb is for: «از ظریف برای سفر به برزیل دعوت کرد», «برای مذاکره
   * با … اعلام آمادگی کرد», «برای دیدار با ایران شرط گذاشت», no encounter made (as «دعوت از ظریف
   * برای سفر …», the frame first).
   */
  static boolean invitedFor(List<String> keys, int i, Clause clause) {
    if (i < 1 || !keys.get(i - 1).equals("برای") || clause.verb() <= i) {
      return false;
    }
    for (int k = Math.max(i + 1, clause.verb() - 3); k < clause.to(); k++) {
      if (ASKING.contains(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** «در چارچوب»: within, a preposition, not the noun «چارچوب» (a framework for talks). */
  private static boolean within(List<String> keys, int k) {
    return k > 0 && keys.get(k).equals("چارچوب") && keys.get(k - 1).equals("در");
  }
}
