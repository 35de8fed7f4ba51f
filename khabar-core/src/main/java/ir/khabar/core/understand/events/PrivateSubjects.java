package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;

/**
 * An encounter whose clause opens with a firm, a sports federation, a club or a university as its
 * subject is that body's, and such bodies are no parties: «فدراسیون دوچرخه سواری در حال مذاکره با
 * دو کشور اوکراین و سوئیس …» tells no talks between Ukraine and Switzerland, «نمایندگان شرکت شل …
 * مذاکراتی با طرفهای ایرانی انجام داده‌اند» none of Iran's with China named before.
 */
final class PrivateSubjects {
  private PrivateSubjects() {}

  private static final Set<String> BODIES =
      EventContext.folded(
          "شرکت",
          "شرکتهای",
          "شرکت\u200cهای",
          "کمپانی",
          "کنسرسیوم",
          "فدراسیون",
          "باشگاه",
          "دانشگاه");

  /** Words a clause may open with before its subject. */
  private static final Set<String> OPENERS =
      EventContext.folded("لذا", "و", "اما", "ولی", "همچنین", "نمایندگان", "مدیران", "مسئولان");

  /** Whether the word is such a body: «شرکت», «دانشگاه». */
  static boolean body(String key) {
    return BODIES.contains(key);
  }

  /** Whether the clause's words {@code clauseKeys} open with such a body as their subject. */
  static boolean opens(List<String> clauseKeys) {
    for (String key : clauseKeys) {
      if (BODIES.contains(key)) {
        return true;
      }
      if (!OPENERS.contains(key)) {
        return false;
      }
    }
    return false;
  }
}
