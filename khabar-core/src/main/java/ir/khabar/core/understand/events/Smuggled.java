package ir.khabar.core.understand.events;

import java.util.List;

/**
 * What enters a country smuggled is goods or people brought in, no one's visit: «البته می‌دانند به
 * شکل قاچاق وارد ایران شده ولی چون او نیاورده …», «به صورت قاچاق وارد کشور می‌شوند». Such a
 * clause's «وارد» would otherwise take a head of state named elsewhere as its visitor.
 */
final class Smuggled {
  private Smuggled() {}

  /** How many words before the encounter «قاچاق» may stand: «به شکل قاچاق وارد». */
  private static final int REACH = 4;

  /**
   * Whether «قاچاق» or «قاچاقی» stands just before the encounter word at {@code i} in its clause.
   */
  static boolean entered(List<String> keys, int i, Clause clause) {
    for (int k = i - 1; k >= Math.max(clause.from(), i - REACH); k--) {
      if (keys.get(k).startsWith("قاچاق")) {
        return true;
      }
    }
    return false;
  }
}
