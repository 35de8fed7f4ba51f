package ir.khabar.core.understand.events;

import ir.khabar.core.understand.entities.EntityRecognizer;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that name who acts for a state: the first word of each of the gazetteer's roles (وزیر،
 * سفیر، سخنگوی، فرماندار …), and offices told in the plural, as a body or by their relation (وزرای،
 * مقامات، هیئتی، دولت، همتای). One list for every rule that asks whether a phrase names an office:
 * who a «با» meets, a guest welcomed, a list of counterparts, a listing no one acts for.
 */
final class Offices {
  /**
   * First words of roles that alone are far more often another word: «ولی» (but) of «ولی فقیه»,
   * «فعال» (active) of «فعال سیاسی». «برلین ولی عجله‌ای … نداشت» names no office.
   */
  private static final Set<String> NOT_ALONE = EventContext.folded("ولی", "فعال");

  private static final Set<String> WORDS = words();

  private Offices() {}

  /** Whether the folded word names an office or its holders. */
  static boolean names(String key) {
    return WORDS.contains(key);
  }

  private static Set<String> words() {
    Set<String> out = new HashSet<>();
    EntityRecognizer.gazetteerRows(
        "roles.tsv", r -> out.addAll(EventContext.folded(r[0].split(" ")[0])));
    out.removeAll(NOT_ALONE);
    out.addAll(
        EventContext.folded(
            "همتای",
            "همتایان",
            "وزیران",
            "وزرای",
            "روسای",
            "رؤسای",
            "سران",
            "رهبران",
            "مقامات",
            "مقام\u200cهای",
            "نمایندگان",
            "هیئت",
            "هیات",
            "هیئتی",
            "هیاتی",
            "هیئت\u200cهای",
            "هیات\u200cهای",
            "سفرای",
            "سفیران",
            "کارشناسان",
            "دیپلمات\u200cهای",
            "معاونان",
            "نخست",
            "دولت",
            "دولت\u200cهای",
            "مسئولان",
            "مسوولان",
            "مسئولین",
            "دبیرکل",
            "امیر"));
    return Set.copyOf(out);
  }
}
