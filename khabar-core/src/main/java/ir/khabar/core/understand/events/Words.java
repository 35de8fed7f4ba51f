package ir.khabar.core.understand.events;

import java.util.Arrays;
import java.util.List;

/**
 * A text's folded words and where each starts, as the recogniser read them: what the event rules
 * look at around a mention.
 */
record Words(List<String> keys, int[] starts) {
  /** The index of the word starting at or just before {@code offset}. */
  int indexOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** The word after the mention ending at {@code end} (exclusive), or "". */
  String keyAfter(int end) {
    int i = indexOf(end - 1) + 1;
    return i >= keys.size() ? "" : keys.get(i);
  }

  /** The word before the one at {@code offset}, or "". */
  String keyBefore(int offset) {
    int i = indexOf(offset) - 1;
    return i < 0 ? "" : keys.get(i);
  }
}
