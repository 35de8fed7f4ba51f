package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;

/**
 * An encounter with prisoners, their families or the public is no diplomatic one: «گفت‌وگو با
 * زندانیان این زندان» (which Washington opposed, with the UN's inspectors named before), the Red
 * Cross's «ملاقات‌های اسرا» and «ملاقات با اسرا». The states the sentence names around it are whose
 * prisoners or whose opposition they are, not the encounter's sides.
 */
final class PrivateCounterparts {
  private PrivateCounterparts() {}

  private static final Set<String> GROUPS =
      EventContext.folded(
          "زندانیان",
          "زندانی",
          "زندانیانی",
          "اسرا",
          "اسرای",
          "اسیران",
          "بازداشتیان",
          "بازداشت\u200cشدگان",
          "خانواده",
          "خانواده\u200cهای",
          "خانواده\u200cها",
          "مردم");

  /**
   * Whether the encounter word at {@code at} of the words {@code keys} is told with such a group.
   */
  static boolean with(List<String> keys, int at) {
    int k = at + 1;
    if (EventWords.spacedTalk(keys, at)) {
      k = keys.get(at + 1).equals("و") ? at + 3 : at + 2;
    }
    if (k < keys.size() && keys.get(k).equals("با")) {
      k++;
    }
    return k < keys.size() && GROUPS.contains(keys.get(k));
  }
}
