package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.entities.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person the article places once is placed wherever it names them: after «فواد السنیوره نخست وزیر
 * لبنان …», «فواد السنیوره در این سفر با رئیس جمهوری سوریه دیدار …» is Lebanon's. The recogniser
 * places a mention by the role beside it; a later mention of the same person, with no role, serves
 * the same country, unless the article places that person in two.
 */
final class SamePerson {
  private SamePerson() {}

  /** The mentions, each person's unplaced mention given the country the article places it in. */
  static List<Span> placed(List<Span> mentions) {
    Map<String, String> country = new HashMap<>();
    boolean unplaced = false;
    for (Span m : mentions) {
      if (m.type() != Entity.Type.PERSON) {
        continue;
      }
      if (m.country() == null) {
        unplaced = true;
      } else if (!country.containsKey(m.id())) {
        country.put(m.id(), m.country());
      } else if (!m.country().equals(country.get(m.id()))) {
        country.put(m.id(), ""); // placed in two countries: none is sure
      }
    }
    if (!unplaced || country.isEmpty()) {
      return mentions;
    }
    List<Span> out = new ArrayList<>(mentions.size());
    for (Span m : mentions) {
      String c = m.type() == Entity.Type.PERSON && m.country() == null ? country.get(m.id()) : null;
      out.add(c == null || c.isEmpty() ? m : withCountry(m, c));
    }
    return out;
  }

  private static Span withCountry(Span m, String country) {
    return new Span(
        m.type(),
        m.start(),
        m.end(),
        m.text(),
        m.id(),
        m.name(),
        m.kind(),
        m.role(),
        country,
        m.evidence());
  }
}
