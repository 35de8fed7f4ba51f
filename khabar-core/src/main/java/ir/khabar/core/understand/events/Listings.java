package ir.khabar.core.understand.events;

import ir.khabar.core.Event;

/**
 * States that no one in the sentence acts for are a listing, not an encounter: goods imported from
 * them («از کشورهای امارات، آلمان و ایتالیا، چین و فرانسه وارد شد»), tourists' destinations, a
 * festival's entrants, the participants an exhibition names; and a trip no one acting for a state
 * makes is no visit («تاکسی‌هایی که از انگلستان وارد شده بود», «بوکسورهای جوان ایران به هندوستان
 * رفتند»). An encounter names who met: a person of a state or an office (a role's first word in the
 * gazetteer, «وزرای خارجه», «هیئتی»); or it is the states' agreement. Three states alone as the
 * subject of talks («ایران، روسیه و چین دیروز در پکن گفت‌وگو کردند») are a listing too: keeping
 * them measured worse on held-out news.
 */
final class Listings {
  private Listings() {}

  /** Whether the draft, read from sentence {@code s}, is only states no one acts for. */
  static boolean only(Draft d, Words w, Sentence s) {
    int least = d.type == Event.Type.VISIT ? 2 : 3;
    if (d.type == Event.Type.AGREEMENT || d.countries().size() < least || !d.orgs.isEmpty()) {
      return false;
    }
    boolean actedFor = d.personCountry.values().stream().anyMatch(c -> !c.isEmpty());
    return !actedFor && s.keys(w).stream().noneMatch(Offices::names);
  }
}
