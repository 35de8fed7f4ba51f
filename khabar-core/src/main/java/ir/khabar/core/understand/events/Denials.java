package ir.khabar.core.understand.events;

import ir.khabar.core.understand.WordSet;
import java.util.List;
import java.util.Set;

/**
 * An encounter its clause says there is none of, with a negated «داشتن» or «وجود»: «مذاکرات پنهانی
 * با هند نداریم», «هیچ دیداری با مقامات آمریکایی نداشته‌ایم», «هیچ قرارداد قبلی با روسیه … وجود
 * نداشته است», «مذاکره‌ای … در کار نیست». The present «ندارم»، «نداریم» is no verb {@link Clause}
 * knows, so the clause does not end there and the denial went unread. «ندارد» alone is left out:
 * «سفر … ارتباطی با … ندارد» says something else of an encounter that happened.
 */
final class Denials {
  private static final Set<String> HAVE_NOT =
      EventContext.folded(
          "نداریم",
          "ندارم",
          "ندارند",
          "نداشتیم",
          "نداشتند",
          "نداشته",
          "نداشته\u200cایم",
          "نداشته\u200cاند",
          "نداشته\u200cام");

  private static final WordSet NONE_IS =
      EventContext.foldedSet(
          "وجود\u200cندارد", "وجود\u200cنداشت", "وجود\u200cنداشته", "کار\u200cنیست");

  /**
   * Words that deny the encounter word right after them, make it any that might be, or only
   * rumoured: «بر عدم امضای آن», «بدون دیدار با», «با رد هرگونه گفت‌وگو با», «درباره شایعه دیدار
   * لاریجانی با سارکوزی».
   */
  private static final WordSet NON =
      EventContext.foldedSet("عدم", "بدون", "هرگونه", "شایعه", "شایعات", "شایعه\u200cی");

  /** How far after the reporting word its denial may stand: «مذاکرات مخفی با هند نداریم». */
  private static final int REACH = 12;

  private Denials() {}

  /**
   * Whether a negated «داشتن» or «وجود» follows the reporting word at {@code i} before any other
   * verb closes its clause, or «عدم» or «بدون» stands right before it or its signing («عدم امضای
   * توافقنامه»).
   */
  static boolean denied(List<String> keys, int i) {
    if (i > 0 && NON.contains(keys.get(i - 1))
        || i > 1 && Signings.sealing(keys.get(i - 1)) && NON.contains(keys.get(i - 2))
        || i > 1 && NON.containsJoined(keys.get(i - 2), keys.get(i - 1))) {
      return true;
    }
    for (int k = i + 1; k < Math.min(keys.size(), i + REACH); k++) {
      String key = keys.get(k);
      if (HAVE_NOT.contains(key)
          || k + 1 < keys.size() && NONE_IS.containsJoined(key, keys.get(k + 1))) {
        return true;
      }
      if (KeyFacts.of(keys, k).verb()) {
        return false;
      }
    }
    return false;
  }
}
