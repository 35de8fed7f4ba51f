package ir.khabar.core.understand.events;

import ir.khabar.core.understand.WordSet;
import java.util.List;

/**
 * An encounter governed by an impersonal «can» is a possibility weighed, not one told: «پس چگونه
 * می‌توان مذاکره کرد؟», «نمی‌توان با آنها گفت‌وگو کرد». The modal governs what follows it in its
 * clause, not what a relative clause after «که» tells («شاید بتوان بیانیه مشترکی را که چهار روز پیش
 * … امضا کردند، مقدمه‌ای … دانست»).
 */
final class Impersonal {
  private Impersonal() {}

  private static final WordSet CAN =
      EventContext.foldedSet(
          "می\u200cتوان", "نمی\u200cتوان", "بتوان", "نتوان", "نمی\u200cتواند", "نمی\u200cتوانند");

  /** Whether an impersonal or denied «can» before the encounter word {@code at} governs it. */
  static boolean governs(List<String> keys, Clause clause, int at) {
    for (int i = at - 1; i >= clause.from(); i--) {
      String key = keys.get(i);
      if (key.equals("که")) {
        return false;
      }
      if (CAN.contains(key) || i + 1 < at && CAN.containsJoined(key, keys.get(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
