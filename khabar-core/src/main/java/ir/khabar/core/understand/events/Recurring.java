package ir.khabar.core.understand.events;

import ir.khabar.core.understand.SpelledNumbers;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;

/**
 * A gathering told as annual («برگزاری اجلاس سالانه این بانک در تهران») or by its number past the
 * first («بیست و هشتمین اجلاس میراث جهانی»، «سومین اجلاس اجرایی کمیسیون بین‌المللی سدهای بزرگ») is
 * a body's recurring session: of many members or of one country's own, no encounter of two states.
 * A joint commission's numbered session is two states' («دوازدهمین نشست کمیسیون مشترک اقتصادی … دو
 * کشور»).
 */
final class Recurring {
  private Recurring() {}

  private static final String ORDINAL = SearchFolding.fold("مین");

  /** Words after a gathering's that make it a body's regular session: «اجلاس سالانه این بانک». */
  private static final Set<String> ANNUAL = EventContext.folded("سالانه", "سالیانه", "ادواری");

  /** Words of a session held by two states: «کمیسیون مشترک», «نشست اقتصادی دو کشور». */
  private static final Set<String> TWO_SIDED =
      EventContext.folded("مشترک", "دوجانبه", "جانبه", "دو");

  /** How many words after the gathering's word a sign of two sides is looked for. */
  private static final int REACH = 6;

  /**
   * Whether the gathering word at {@code i} is a numbered or annual session of a body, not of two
   * states.
   */
  static boolean session(List<String> keys, int i) {
    boolean annual = i + 1 < keys.size() && ANNUAL.contains(keys.get(i + 1));
    if (!annual && (i == 0 || !ordinal(keys, i - 1))) {
      return false;
    }
    for (int k = i + 1; k < Math.min(keys.size(), i + REACH); k++) {
      if (TWO_SIDED.contains(keys.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** «سومین», «بیست و هشتمین», «سی امین», «۲۸مین»; not «نخستین», «زمین», «تامین». */
  private static boolean ordinal(List<String> keys, int at) {
    String key = keys.get(at);
    if (!key.endsWith(ORDINAL)) {
      return false;
    }
    String stem = key.substring(0, key.length() - ORDINAL.length());
    if (stem.equals("ا") && at > 0) {
      stem = keys.get(at - 1); // «سی امین»
    }
    if (!stem.isEmpty() && stem.chars().allMatch(Character::isDigit)) {
      return true;
    }
    return SpelledNumbers.endsWithOne(stem); // «سومین», «دهمین», «صدودهمین»
  }
}
