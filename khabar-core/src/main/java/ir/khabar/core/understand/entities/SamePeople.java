package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country a person serves, once the text states it in one mention, in every mention of that
 * person: «فواد السنیوره نخست وزیر لبنان … فواد السنیوره در این سفر …». A person the text places in
 * two countries keeps each mention's own.
 */
final class SamePeople {
  /** Marks a person the text places in more than one country. */
  private static final String TORN = "";

  private SamePeople() {}

  static void agree(List<Candidate> chosen) {
    Map<String, String> countries = new HashMap<>();
    for (Candidate c : chosen) {
      if (c.type() == Entity.Type.PERSON && c.country() != null) {
        countries.merge(c.id(), c.country(), (a, b) -> a.equals(b) ? a : TORN);
      }
    }
    if (countries.isEmpty()) {
      return;
    }
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      String country = c.type() == Entity.Type.PERSON ? countries.get(c.id()) : null;
      if (c.country() == null && country != null && !country.equals(TORN)) {
        chosen.set(x, c.inCountry(country));
      }
    }
  }
}
