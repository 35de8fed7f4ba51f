package ir.khabar.core.understand.events;

import ir.khabar.core.understand.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a sentence tells what an encounter is about: a phrase opened by «درباره», «در مورد»,
 * «پیرامون», «در زمینه», «بر سر», «بر لزوم» … holds the topic, not a party («درباره تحولات سوریه»).
 * It runs to its verb, or to a «با» that names who was met («درباره تحولات سوریه با همتای ترکیه‌ای
 * خود گفت‌وگو کرد»); a «با» a noun governs stays inside («درباره همکاری با عراق»).
 */
final class AboutPhrases {
  /** Words, or two joined, after which what follows is what the event is about. */
  private static final WordSet OPENERS =
      EventContext.foldedSet(
          "درباره", "درخصوص", "درمورد", "درقبال", "پیرامون", "علیه", "حول", "محروم", "منظور", "هدف",
          "درزمینه", "برسر", "راجع", "برلزوم", "برضرورت", "براهمیت", "برگسترش", "برتوسعه",
          "برتقویت", "برحفظ");

  /** Nouns whose «با» belongs to them: «همکاری با عراق», «روابط با ایران». */
  private static final Set<String> WITH_NOUNS =
      EventContext.folded(
          "همکاری",
          "همکاریهای",
          "همکاری\u200cها",
          "روابط",
          "رابطه",
          "مناسبات",
          "مبارزه",
          "مقابله",
          "جنگ",
          "تجارت",
          "اختلاف",
          "اختلافات",
          "مرز",
          "مرزهای",
          "تعامل",
          "ارتباط",
          "مذاکره",
          "مذاکرات",
          "توافق");

  private AboutPhrases() {}

  /** The about phrases among the words [from, to), as text offsets [start, end). */
  static List<int[]> of(Words w, int from, int to) {
    List<String> keys = w.keys();
    List<int[]> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (OPENERS.contains(keys.get(i))
          || i + 1 < to && OPENERS.containsJoined(keys.get(i), keys.get(i + 1))) {
        int end = end(keys, i + 1, to);
        out.add(new int[] {w.starts()[i], end < to ? w.starts()[end] : Integer.MAX_VALUE});
        i = end;
      }
    }
    return out;
  }

  /** Whether an about phrase opens at the word i: «درباره», «در مورد». */
  static boolean opens(List<String> keys, int i) {
    return OPENERS.contains(keys.get(i))
        || i + 1 < keys.size() && OPENERS.containsJoined(keys.get(i), keys.get(i + 1));
  }

  /** Whether the offset is in one of the phrases. */
  static boolean holds(List<int[]> phrases, int offset) {
    for (int[] p : phrases) {
      if (p[0] <= offset && offset < p[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the «با» at k belongs to a noun one or two words before: «همکاری‌های اقتصادی با چین».
   */
  private static boolean governed(List<String> keys, int k) {
    return WITH_NOUNS.contains(keys.get(k - 1)) || k > 1 && WITH_NOUNS.contains(keys.get(k - 2));
  }

  private static int end(List<String> keys, int from, int to) {
    for (int k = from; k < to; k++) {
      if (closes(keys, k, to)) {
        return k;
      }
    }
    return to;
  }

  /** Whether an about phrase ends at the word k, before words [.., to): «با همتای ترکیه‌ای خود». */
  static boolean closes(List<String> keys, int k, int to) {
    return k > 0
        && keys.get(k).equals("با")
        && k + 1 < to
        && Offices.names(keys.get(k + 1))
        && !governed(keys, k);
  }
}
