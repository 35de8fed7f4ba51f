package ir.khabar.core.understand.events;

import ir.khabar.core.understand.entities.Span;
import java.util.List;

/**
 * Whose trip a destination told before an encounter's clause is. «لاوروف برای دیدار رایس به آنکارا
 * رفته بود، حال آن که رایس … برای مذاکره با نخست وزیر لهستان … سفر …»: Ankara is where Lavrov went,
 * no place of Rice's talks in Poland. «وزیر خارجه ازبکستان که … به شهر دوشنبه سفر کرده با همتایان …
 * دیدار کرد»: the traveller meets, and Dushanbe is where.
 */
final class Travellers {
  private Travellers() {}

  /**
   * Whether the destination {@code m} is another's trip: the first party its clause names (the
   * traveller, the clause's subject) is of a country none of the encounter's parties is.
   */
  static boolean another(Words w, Sentence s, List<Clause> clauses, Span m, Draft d) {
    int at = w.indexOf(m.start()) - s.firstWord();
    for (Clause c : clauses) {
      if (at < c.from() || at >= c.to()) {
        continue;
      }
      for (Span x : s.within(w, c.from(), c.to())) {
        if (x.start() >= m.start()) {
          return false;
        }
        String country = Counterparts.countryOf(x);
        if (country != null) {
          return !d.countries().contains(country);
        }
      }
    }
    return false;
  }
}
