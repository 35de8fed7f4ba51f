package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;

/**
 * A letter signed is no agreement: «هشت کشور اروپایی … نامه‌ای را در حمایت از عملیات نظامی آمریکا
 * امضا کردند», «در نامه‌ای که به امضای پل برمر رسیده … آمده است». The signing's object is the
 * nearest letter or agreement before it in its clause, or a letter right after «امضای».
 */
final class Letters {
  private Letters() {}

  private static final Set<String> LETTERS =
      EventContext.folded(
          "نامه",
          "نامه\u200cای",
          "نامه\u200cی",
          "نامه\u200cها",
          "نامه\u200cهای",
          "طومار",
          "طوماری");

  /**
   * Words that make «نامه» written apart an agreement's or a rule's: «موافقت نامه», «آیین نامه».
   */
  private static final Set<String> NOT_LETTERS =
      EventContext.folded(
          "تفاهم", "توافق", "موافقت", "اساس", "آیین", "آئین", "معرفی", "ضمانت", "بیمه", "پایان",
          "شیوه", "قطع", "منشور");

  /** How far back the signing's object may be, in words. */
  private static final int REACH = 14;

  static boolean signed(List<String> keys, int i, Clause clause) {
    if (!keys.get(i).startsWith("امضا")) {
      return false;
    }
    if (i + 1 < clause.to() && letter(keys, i + 1)) {
      return true;
    }
    for (int k = i - 1; k >= Math.max(clause.from(), i - REACH); k--) {
      if (letter(keys, k)) {
        return true;
      }
      if (EventWords.typeAt(keys, k) == Event.Type.AGREEMENT) {
        return false;
      }
    }
    return false;
  }

  private static boolean letter(List<String> keys, int k) {
    return LETTERS.contains(keys.get(k)) && (k == 0 || !NOT_LETTERS.contains(keys.get(k - 1)));
  }
}
