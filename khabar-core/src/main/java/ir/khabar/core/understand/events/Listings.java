package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import java.util.Set;

/**
 * Three states or more that no one in the sentence acts for are a listing, not an encounter: goods
 * imported from them («از کشورهای امارات، آلمان و ایتالیا، چین و فرانسه وارد شد»), tourists'
 * destinations, a festival's entrants, the participants an exhibition names. An encounter of many
 * states names who met: a person or an office («وزرای خارجه»، «سران»، «هیئت‌های»); or it is the
 * states' agreement. States alone as the subject of talks («ایران، روسیه و چین دیروز در پکن گفت‌وگو
 * کردند») are read as a listing too: keeping them measured worse on held-out news.
 */
final class Listings {
  private Listings() {}

  /** Whether the draft, read from sentence {@code s}, is only a list of states. */
  static boolean only(Draft d, Words w, Sentence s) {
    if (d.type == Event.Type.AGREEMENT || d.countries().size() < 3 || !d.orgs.isEmpty()) {
      return false;
    }
    boolean actedFor = d.personCountry.values().stream().anyMatch(c -> !c.isEmpty());
    return !actedFor && s.keys(w).stream().noneMatch(OFFICES::contains);
  }

  /** Who acts for a state: officials, envoys, delegations, governments. */
  private static final Set<String> OFFICES =
      EventContext.folded(
          "وزیر",
          "وزیران",
          "وزرای",
          "رئیس",
          "رییس",
          "روسای",
          "رؤسای",
          "سران",
          "رهبر",
          "رهبران",
          "مقام",
          "مقامات",
          "مقام\u200cهای",
          "نماینده",
          "نمایندگان",
          "هیئت",
          "هیات",
          "هیئت\u200cهای",
          "هیات\u200cهای",
          "سفیر",
          "سفرای",
          "کارشناسان",
          "دیپلمات\u200cهای",
          "دیپلماتهای",
          "معاون",
          "معاونان",
          "نخست",
          "پادشاه",
          "امیر",
          "دولت",
          "دولت\u200cهای",
          "دولتهای",
          "مسئولان",
          "مسئولین");
}
