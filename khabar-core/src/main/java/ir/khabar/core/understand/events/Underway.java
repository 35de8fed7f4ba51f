package ir.khabar.core.understand.events;

import ir.khabar.core.understand.WordSet;
import java.util.List;
import java.util.Set;

/**
 * An encounter its own words tell as under way or just held: «سرگرم دیدار از بغداد است», «ادامه
 * مذاکرات», «پایان نیافتن مذاکرات», «مذاکرات کنونی …», «در دیدار اخیر …», «مذاکرات … به پایان
 * نرسیده است». It happened, whatever the clause's verb then says of something else («… نمی‌خواهند
 * مذاکرات کنونی … به نتیجه برسد», «در دیدار اخیر … نتوانست امتیازی بگیرد», «… به تأخیر انداخته
 * بود»).
 */
final class Underway {
  /**
   * Words before the encounter that make it under way: «سرگرم دیدار», «ادامه مذاکرات»; not after
   * «برای», a purpose («هیاتی … برای ادامه مذاکرات … وارد دهلی نو خواهد شد»), which the verb tells.
   */
  private static final Set<String> BEFORE = EventContext.folded("سرگرم", "مشغول", "ادامه");

  /**
   * Two words before it that do: «در حال مذاکره», «پایان نیافتن مذاکرات»; not «در جریان سفر …», a
   * time whose verb says whether it happened («در جریان سفر … گفتگو خواهد کرد»).
   */
  private static final WordSet BEFORE_PAIRS = EventContext.foldedSet("درحال", "پایاننیافتن");

  /** Words right after it that make it under way or just held: «مذاکرات کنونی», «دیدار اخیر». */
  private static final Set<String> AFTER = EventContext.folded("کنونی", "جاری", "اخیر");

  /** Verbs that, negated after «پایان», leave it under way: «به پایان نرسیده است». */
  private static final Set<String> NOT_ENDED =
      EventContext.folded("نرسیده", "نرسید", "نرسیدهاند", "نیافته", "نیافت", "نیافتهاست");

  private Underway() {}

  /** Whether the word at {@code k} is what «برای» says something is for: «برای ادامه مذاکرات». */
  static boolean purpose(List<String> keys, int k) {
    return k > 0 && keys.get(k - 1).equals("برای");
  }

  /** Whether the encounter word at {@code i}, in clause {@code c}, is told under way or held. */
  static boolean told(List<String> keys, int i, Clause c) {
    if (i > 0 && BEFORE.contains(keys.get(i - 1)) && !purpose(keys, i - 1)
        || i > 1 && BEFORE_PAIRS.containsJoined(keys.get(i - 2), keys.get(i - 1))
        || i + 1 < keys.size() && AFTER.contains(keys.get(i + 1))) {
      return true;
    }
    for (int k = i + 1; k + 1 < c.to(); k++) {
      if (keys.get(k).equals("پایان") && NOT_ENDED.contains(keys.get(k + 1))) {
        return true;
      }
    }
    return false;
  }
}
