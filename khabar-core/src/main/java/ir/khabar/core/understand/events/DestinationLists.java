package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;

/**
 * A trip's destinations listed before its verb: «به ورشو و سپس اسرائیل سفر کرد», «به ایران و سپس به
 * انگلیس رفت». Every place of the list is where the trip went, though only the last stands before
 * the verb and only the first after «به».
 */
final class DestinationLists {
  /** Words joining the list's places. */
  private static final Set<String> JOIN = EventContext.folded("و", "سپس", "،", ",", "به");

  /** How many places a list may hold before or after a mention, and words in each. */
  private static final int ITEMS = 3;

  private static final int NAME_WORDS = 2;

  private DestinationLists() {}

  /**
   * Whether the place named by words [first, last] is one of a list of a trip's destinations: a
   * list opened by «به» and closed by a verb of going, with one joining word or more.
   */
  static boolean item(Words w, int first, int last) {
    int head = head(w.keys(), first);
    int verb = verb(w.keys(), last);
    return head >= 0 && verb >= 0 && (head < first - 1 || verb > last + 1);
  }

  /** The index of the list's «به», past earlier places, or -1. */
  private static int head(List<String> keys, int first) {
    int k = first - 1;
    for (int item = 0; item <= ITEMS && k >= 0; item++) {
      if (keys.get(k).equals("به")) {
        return k;
      }
      int j = k;
      while (j >= 0 && JOIN.contains(keys.get(j)) && !keys.get(j).equals("به")) {
        j--;
      }
      if (j == k || j < 0) {
        return -1;
      }
      for (int n = 1; n <= NAME_WORDS && j - n >= 0; n++) {
        if (keys.get(j - n).equals("به")) {
          return j - n;
        }
      }
      k = j - 1; // past a place of one word, to the joining words before it
    }
    return -1;
  }

  /** The index of the verb of going closing the list, or -1. */
  private static int verb(List<String> keys, int last) {
    int k = last + 1;
    for (int item = 0; item <= ITEMS && k < keys.size(); item++) {
      if (going(keys.get(k))) {
        return k;
      }
      int j = k;
      while (j < keys.size() && JOIN.contains(keys.get(j))) {
        j++;
      }
      if (j == k) {
        return -1;
      }
      for (int n = 1; n <= NAME_WORDS && j + n < keys.size(); n++) {
        if (going(keys.get(j + n))) {
          return j + n;
        }
      }
      k = j + 1;
    }
    return -1;
  }

  private static boolean going(String key) {
    return key.startsWith("سفر") || EventPlace.GOING.contains(key);
  }
}
