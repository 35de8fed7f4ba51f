package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;

/**
 * States that no one in the sentence acts for are a listing, not an encounter: goods imported from
 * them («از کشورهای امارات، آلمان و ایتالیا، چین و فرانسه وارد شد»), tourists' destinations, a
 * festival's entrants, the participants an exhibition names; and a trip no one acting for a state
 * makes is no visit («تاکسی‌هایی که از انگلستان وارد شده بود», «بوکسورهای جوان ایران به هندوستان
 * رفتند»), even when only its destination is the second state («نیروهای انگلیسی وارد بغداد شدند»:
 * troops entering a city are no guests). An encounter names who met: a person of a state or an
 * office ({@link Offices}); or it is the states' agreement. Two states are an encounter's sides
 * only when named as its sides («ایران و عراق … مذاکره کردند», «عراق با ایران») or right after its
 * noun («مذاکرات دو جانبه آمریکا و ژاپن»), not as a host city's («شهر دوحه … میزبانی این بازی‌ها»)
 * or a researcher's. Three states alone as the subject of talks («ایران، روسیه و چین دیروز در پکن
 * گفت‌وگو کردند») are a listing too: keeping them measured worse on held-out news.
 */
final class Listings {
  private Listings() {}

  /** Whether the draft, read from sentence {@code s}, is only states no one acts for. */
  static boolean only(Draft d, Words w, Sentence s) {
    if (d.type == Event.Type.AGREEMENT
        || d.countries().size() < (d.type == Event.Type.VISIT ? 1 : 2)
        || !d.orgs.isEmpty()) {
      return false;
    }
    boolean actedFor = d.personCountry.values().stream().anyMatch(c -> !c.isEmpty());
    List<String> keys = s.keys(w);
    return !actedFor
        && keys.stream().noneMatch(Offices::names)
        && (d.countries().size() >= 3
            || d.type == Event.Type.VISIT
            || !betweenStates(w, s, keys) && !paired(w, s, keys));
  }

  /** Words that join two states named as the two sides: «ایران و عراق», «عراق با ایران». */
  private static final Set<String> JOINING = EventContext.folded("و", "با");

  /**
   * Whether two states are named by name as a pair, «ایران و عراق … مذاکره کردند», «عراق با ایران»:
   * the sides of an encounter, not states some thing belongs to («اساتید فلسطینی و عراقی»).
   */
  private static boolean paired(Words w, Sentence s, List<String> keys) {
    for (int k = 0; k + 2 < keys.size(); k++) {
      if (state(s.named(w, k))
          && JOINING.contains(keys.get(k + 1))
          && state(s.named(w, k + 2))
          && s.named(w, k) != s.named(w, k + 2)) {
        return true;
      }
    }
    return false;
  }

  private static boolean state(Span m) {
    return m != null
        && (m.type() == Entity.Type.COUNTRY && !m.kind().equals("demonym")
            || m.type() == Entity.Type.PLACE && m.kind().equals("capital"));
  }

  /** How many words after an encounter's noun its states may be named: «مذاکرات دو طرفه آمریکا». */
  private static final int OF_REACH = 4;

  /**
   * Whether an encounter's noun is told of states named right after it: «مذاکرات ایران و یمن»,
   * «اجلاس افسران ارشد ایران و پاکستان»; there a demonym or a state's body names a side too
   * («مذاکرات ایرانی و آمریکایی»), as it does not in {@link #paired}.
   */
  private static boolean betweenStates(Words w, Sentence s, List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      Event.Type t = EventWords.typeAt(keys, i);
      if (t != Event.Type.MEET && t != Event.Type.TALKS) {
        continue;
      }
      for (int k = i + 1; k <= Math.min(keys.size() - 1, i + OF_REACH); k++) {
        Span m = s.named(w, k);
        if (m != null && Counterparts.countryOf(m) != null && m.type() != Entity.Type.PERSON) {
          return true;
        }
      }
    }
    return false;
  }
}
