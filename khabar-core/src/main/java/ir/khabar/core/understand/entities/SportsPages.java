package ir.khabar.core.understand.entities;

import java.util.Set;

/**
 * Whether a page is sports news, by its words: there a family name alone is most often a player's
 * or a club's (واعظی of «علی سامره و واعظی», بولتون of «بولتون میزبان چارلتون»), not the politician
 * the gazetteer lists under it (see {@link BareAliases}).
 */
final class SportsPages {
  /** Words only sports news uses often. */
  private static final Set<String> SPORT =
      Words.folded(
          "استادیوم",
          "بازیکن",
          "بازیکنان",
          "بسکتبال",
          "تساوی",
          "دروازه\u200cبان",
          "سرمربی",
          "فوتبال",
          "فوتسال",
          "فینال",
          "قهرمانی",
          "لیگ",
          "مدال",
          "مربی",
          "مهاجم",
          "هافبک",
          "هندبال",
          "والیبال",
          "ورزشگاه",
          "پنالتی",
          "کشتی\u200cگیر",
          "کشتی\u200cگیران",
          "گلزن");

  /** Sports words a page needs before it is read as sports news. */
  private static final int ENOUGH = 3;

  private SportsPages() {}

  /** Whether a word is one of sport's own (گلزن, مهاجم, لیگ): never a club's name. */
  static boolean isSportWord(String key) {
    return SPORT.contains(key);
  }

  /** Whether the text has enough of the sports words. */
  static boolean sports(Scan s) {
    int found = 0;
    for (int i = 0; i < s.size() && found < ENOUGH; i++) {
      if (SPORT.contains(s.key(i))) {
        found++;
      }
    }
    return found >= ENOUGH;
  }
}
