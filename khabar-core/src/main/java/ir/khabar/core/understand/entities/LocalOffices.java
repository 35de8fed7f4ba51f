package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.Set;

/**
 * An office of one town or province of Iran outside Tehran, written next to a listed person's name
 * («حسن روحانی امام جمعه بابل», «محمد باقری شهردار بم», «فرماندار شهرستان»): a namesake's, unless
 * the list gives the person an office of that kind. The national figures the lists hold served
 * Tehran's city and province («قالیباف شهردار تهران») and the state, rarely a county town.
 */
final class LocalOffices {
  /**
   * Kinds of office a town or province has of its own: its governor, mayor and Friday prayer
   * leader. Not a head of any kind (مدیرکل, سرپرست): a listed official may have headed a provincial
   * branch on the way («علی صالح آبادی، سرپرست تالار منطقه‌ای کرج»).
   */
  private static final Set<String> KINDS = Set.of("governor", "mayor", "cleric");

  /** Words of a province's units, naming no place: «مدیرکل … استان», «فرماندار شهرستان». */
  private static final Set<String> UNITS = Words.folded("استان", "شهرستان", "بخش", "روستا");

  private LocalOffices() {}

  /** Whether the role in tokens [from, to) is a local office the listed person {@code id} lacks. */
  static boolean namesake(Scan s, String id, int from, int to) {
    String kind = kindIn(s, from, to);
    return kind != null
        && KINDS.contains(kind)
        && local(s, from, to)
        && !kind.equals(ListedOffices.kind(s, id));
  }

  private static String kindIn(Scan s, int from, int to) {
    for (int t = from; t < to; t++) {
      if (s.roleLength[t] > 0) {
        return s.role[t];
      }
    }
    return null;
  }

  /**
   * How far past its role phrase, up to a function word, an office's unit is read: «امام جمعه موقت
   * شهرستان».
   */
  private static final int REACH = 4;

  private static boolean local(Scan s, int from, int to) {
    int end = to;
    while (end < Math.min(s.size(), to + REACH)
        && s.adjacent(end - 1)
        && !s.breaks(end)
        && !Words.isFunctionWord(s.key(end))) {
      end++;
    }
    for (int t = from; t < end; t++) {
      Entry e = s.name[t];
      if (UNITS.contains(s.key(t)) || e != null && provincial(e)) {
        return true;
      }
    }
    return false;
  }

  /** A town or province of Iran other than Tehran. */
  private static boolean provincial(Entry e) {
    return e.type() == Entity.Type.PLACE
        && "IR".equals(e.country())
        && ("city".equals(e.kind()) || "province".equals(e.kind()))
        && !e.id().endsWith("-tehran");
  }
}
