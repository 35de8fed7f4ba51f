package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;

/**
 * Encounter words that name a body rather than tell an encounter: right after a body's head («شورای
 * گفت و گوی ملی عراق», «کمیسیون مذاکرات», «ستاد دیدارها»).
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

  private BodyNames() {}

  /** Whether the encounter word at i is part of a body's name: «شورای گفت و گوی ملی». */
  static boolean named(List<String> keys, int i) {
    return i > 0 && BODIES.contains(keys.get(i - 1));
  }
}
