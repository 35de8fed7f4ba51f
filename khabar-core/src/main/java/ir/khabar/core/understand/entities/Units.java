package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.Set;

/**
 * Words for a unit of a body (مرکز, دفتر, دانشکده): too common to start a name alone (مرکز شهر,
 * دفتر کار), they start one when the body they belong to is named after them: «مرکز مدیریت بحران
 * استانداری یزد», «دفتر سیاسی حماس», «دانشکده فیزیک دانشگاه صنعتی سهند».
 */
final class Units {
  private static final Set<String> WORDS =
      Words.folded(
          "مرکز", "دفتر", "دانشکده", "نهاد", "رکن", "گردان", "حوزه", "مجموعه", "واحد", "شاخه",
          "بخش", "گروه");

  private Units() {}

  static boolean isUnit(String key) {
    return WORDS.contains(key);
  }

  /** Whether token i is a unit's word that may start a name here. */
  static boolean startsOne(Scan s, int i) {
    return s.unit(i)
        && s.roleLength[i] == 0
        && s.name[i] == null
        && i + 1 < s.size()
        && s.adjacent(i)
        && !(i > 0 && s.adjacent(i - 1) && Words.isDeterminer(s.key(i - 1)))
        && !Words.isDetachedEnding(s.key(i + 1));
  }

  /** The first words of an institution's own field after a unit's word: national, research. */
  private static final Set<String> INSTITUTIONS =
      Words.folded("ملی", "تحقیقات", "مطالعات", "پژوهش", "پژوهشهای");

  /** Units that are institutions themselves (not «بخش», «حوزه»: a sector, a field of study). */
  private static final Set<String> INSTITUTION_UNITS = Words.folded("مرکز", "دفتر", "نهاد");

  /**
   * Whether a unit's word at {@code unit} and the words [unit + 1, end) after it make an
   * institution of its own: two words or more opening with a national or research field («مرکز ملی
   * مطالعات اعتیاد», «مرکز تحقیقات راهبردی دفاعی»), where «مرکز تحقیقات» alone is any research
   * centre.
   */
  static boolean institution(Scan s, int unit, int end) {
    return INSTITUTION_UNITS.contains(s.key(unit))
        && end - unit > 2
        && INSTITUTIONS.contains(s.key(unit + 1));
  }

  /**
   * Whether the words [from, end) after a unit's word name the body it belongs to: a head word or a
   * known body other than an agency (a desk of an agency, «گروه اقتصادی فارس», is no body).
   */
  static boolean ofABody(Scan s, int from, int end) {
    for (int k = from + 1; k < end; k++) {
      Entry e = s.name[k];
      if (e != null && e.type() == Entity.Type.ORGANISATION) {
        return !"agency".equals(e.kind());
      }
      if (s.head(k)) {
        return true;
      }
    }
    return false;
  }
}
