package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;

/**
 * An encounter listed among options is weighed, not told: «از بین سه گزینه‌ای که اعم از حمله نظامی،
 * تشدید تحریم‌ها و تهدیدها و مذاکره با ایران پیشنهاد کرده». The option's noun may stand several
 * items before the encounter, which {@link Frames} (two words at most) does not reach; no verb may
 * come between, as a verb ends the list.
 */
final class Options {
  private Options() {}

  private static final Set<String> OPTIONS =
      EventContext.folded(
          "گزینه",
          "گزینه\u200cای",
          "گزینه\u200cها",
          "گزینه\u200cهای",
          "گزینه\u200cهایی",
          "سناریو",
          "سناریوی",
          "سناریوها",
          "سناریوهای",
          "راهکارهای",
          "راهکارها");

  /** How far back a list's items may reach from its option noun. */
  private static final int REACH = 15;

  /** Whether the encounter word at {@code i} is an item («و» or «،» before it) of such a list. */
  static boolean listed(List<String> keys, int i) {
    if (i < 2 || !(keys.get(i - 1).equals("و") || keys.get(i - 1).equals("،"))) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - REACH); k--) {
      String key = keys.get(k);
      if (OPTIONS.contains(key)) {
        return true;
      }
      if (Clause.verb(key)) {
        return false;
      }
    }
    return false;
  }
}
