package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;

/**
 * Encounter words that name a body or a work rather than tell an encounter: right after a body's
 * head («شورای گفت و گوی ملی عراق», «کمیسیون مذاکرات», «ستاد دیدارها») or a work's («فیلم «سفر به
 * هیدالو»», «کتاب سفر به ترکستان»).
 */
final class BodyNames {
  /** Heads of a body's name. */
  private static final Set<String> BODIES =
      EventContext.folded(
          "شورای",
          "کمیسیون",
          "ستاد",
          "دفتر",
          "بنیاد",
          "انجمن",
          "موسسه",
          "مؤسسه",
          "دبیرخانه",
          "سازمان",
          "کانون",
          "پژوهشکده",
          "دانشکده");

  /** Nouns of a work whose title follows: a film, book, play or series. */
  private static final Set<String> WORKS =
      EventContext.folded(
          "فیلم",
          "فیلمی",
          "کتاب",
          "کتابی",
          "مستند",
          "سریال",
          "نمایش",
          "نمایشنامه",
          "رمان",
          "منظومه",
          "سفرنامه");

  private BodyNames() {}

  /** Whether the encounter word at i is part of a body's name: «شورای گفت و گوی ملی». */
  static boolean named(List<String> keys, int i) {
    return i > 0 && (BODIES.contains(keys.get(i - 1)) || WORKS.contains(keys.get(i - 1)));
  }
}
