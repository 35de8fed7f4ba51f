package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * An encounter's noun as what a verb of judging holds to be something, naming no one who met: the
 * way of talks thought of, no talks told («ایران همچنان مذاکره را بهترین مسیر … می‌داند», «دیدار و
 * مذاکره با رهبر کره شمالی را دلیل محکمی … می‌دانند»). A visit judged with its visitor named was
 * made: «سفر خاتمی به هند را موفق دانست»; one within which something was said is the time of it
 * («اظهارات … در سفر اخیر خود به آمریکا را … دانسته»).
 */
final class Judged {
  private Judged() {}

  /** The verbs of holding something to be so, without «می»: «می‌داند», «دانستند», «خواند». */
  private static final Set<String> JUDGING =
      EventContext.folded(
          "داند", "دانند", "دانست", "دانستند", "دانسته", "دانسته\u200cاند", "خواند", "خواندند");

  private static final String MI = "می";

  /**
   * Whether the encounter's noun stands in what the thing before «را» is held to be, with no one
   * met after it: «تصمیم … را عامل ایجاد تنش بیشتر در مذاکرات سازش خواند» calls the talks, tells
   * none («… را در دیدار با همتای خود مثبت خواند» tells the meeting it was said at).
   */
  private static boolean inComplement(List<String> keys, int i, Clause clause) {
    if (i <= clause.from() || !keys.subList(clause.from(), i).contains("را")) {
      return false;
    }
    for (int k = i + 1; k < clause.to(); k++) {
      String key = keys.get(k);
      if (key.equals("با") || key.equals("را")) {
        return false;
      }
      if (judging(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean judging(List<String> keys, Clause clause) {
    for (int k = clause.verb(); k < clause.to(); k++) {
      if (judging(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean judging(String key) {
    return JUDGING.contains(key)
        || key.startsWith(MI) && JUDGING.contains(key.substring(MI.length()));
  }

  /** How far «را» may be from the encounter's noun, in words. */
  private static final int REACH = 8;

  /** Words before an encounter's noun that make it a time or a part of another thing: «در سفر». */
  private static final Set<String> WITHIN =
      EventContext.folded(
          "در", "طی", "از", "به", "با", "پس", "بعد", "قبل", "پیش", "حین", "جریان", "خلال", "حاشیه",
          "پایان", "آستانه", "نتایج", "نتیجه");

  static boolean judged(List<String> keys, int i, Clause clause, IntFunction<Span> named) {
    if (inComplement(keys, i, clause)) {
      return true;
    }
    if (clause.verb() < 0 || i > 0 && WITHIN.contains(keys.get(i - 1))) {
      return false;
    }
    boolean object = false;
    for (int k = i + 1; k < Math.min(clause.verb(), i + REACH) && !object; k++) {
      Span m = named.apply(k);
      if (m != null && m.type() == Entity.Type.PERSON && m.isName()) {
        return false;
      }
      object = keys.get(k).equals("را");
    }
    return object && judging(keys, clause);
  }
}
