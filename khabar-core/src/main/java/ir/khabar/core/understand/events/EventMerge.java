package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One meeting told in an article's title, lead and body is one event: encounters whose countries
 * are the same (or one's within the other's, two at least), whose people do not differ and whose
 * places, when both are told, are one are merged, the one naming most actors kept, the others'
 * place and day filling its gaps (a place only from a telling {@link Kin} to it). A country a role
 * or demonym brought («همتای قرقیزستانی خود») brings the one person of that country the article
 * names. An encounter left with fewer than two parties is dropped, its place and day going to the
 * encounter it retells.
 */
final class EventMerge {
  private EventMerge() {}

  static List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft same = d.type == Event.Type.STATEMENT ? null : find(out, d);
      if (same == null) {
        out.add(d);
      } else {
        absorb(same, d);
      }
    }
    List<Draft> partial = out.stream().filter(EventMerge::oneSided).toList();
    out.removeAll(partial);
    partial.forEach(d -> retold(out, d));
    out.forEach(d -> samePlace(out, d));
    return out;
  }

  /**
   * An encounter told with no place takes the place of another the article tells between the same
   * countries, a visit's first: after «عراقچی با سفر به مسکو با پوتین دیدار کرد», «سفیر ایران در
   * روسیه نیز با لاوروف دیدار کرد» is in Moscow.
   */
  private static void samePlace(List<Draft> kept, Draft d) {
    if (d.place != null || d.type == Event.Type.STATEMENT || d.countries().size() < 2) {
      return;
    }
    Draft best = null;
    for (Draft k : kept) {
      if (k != d
          && k.place != null
          && k.type != Event.Type.STATEMENT
          && k.countries().equals(d.countries())
          && (best == null || best.type != Event.Type.VISIT && k.type == Event.Type.VISIT)) {
        best = k;
      }
    }
    if (best != null) {
      d.place = best.place;
    }
  }

  /**
   * An encounter with fewer than two parties, or with organisations alone («در نشست … سازمان ملل
   * متحد … ۱۸۰ کشور»): no diplomatic encounter on its own; a state takes part in every one.
   */
  private static boolean oneSided(Draft d) {
    return d.type != Event.Type.STATEMENT && (Parties.count(d) < 2 || d.countries().isEmpty());
  }

  /**
   * A one-sided copy of an encounter kept («آقازاده … وارد مسکو شد و … با مقام‌های روسی دیدار»
   * beside his talks with Rumyantsev) gives it the place and day it lacks; one naming other people
   * of its country is another encounter («نشست ششم ژانویه کنگره» with Cruz and Pence is no day of
   * Bolsonaro's meeting with Trump).
   */
  private static void retold(List<Draft> kept, Draft d) {
    Set<String> countries = d.countries();
    for (Draft k : kept) {
      if (k.type != Event.Type.STATEMENT
          && !countries.isEmpty()
          && k.countries().containsAll(countries)
          && !differentPeople(k, d)) {
        k.place = k.place != null || !Kin.placeFor(k, d) ? k.place : d.place;
        k.elsewhen &= d.elsewhen;
        k.stated = k.stated != null ? k.stated : d.stated;
        return;
      }
    }
  }

  private static Draft find(List<Draft> kept, Draft d) {
    for (Draft k : kept) {
      // A telling of one side takes in another of one side, and goes into one of both; one of
      // both never goes into it: through the people it took in, one side's telling would join
      // encounters they had apart (an ambassador's gathering with his minister, the minister's
      // talks with Lavrov).
      if (k.type != Event.Type.STATEMENT && (!oneSided(k) || oneSided(d)) && sameEncounter(k, d)) {
        return k;
      }
    }
    return null;
  }

  private static boolean sameEncounter(Draft a, Draft b) {
    if ((a.type == Event.Type.AGREEMENT) != (b.type == Event.Type.AGREEMENT)) {
      return false; // a signing is an event apart from the talks at which it happened
    }
    if (a.index == b.index && a.type == b.type && a.countries().equals(b.countries())) {
      return true; // one sentence's two clauses telling the same visit of the same two states
    }
    if (a.place != null && b.place != null && !a.place.id().equals(b.place.id())) {
      return false; // talks in Tehran, a visit to Delhi: two encounters, not one told twice
    }
    Set<String> ca = a.countries();
    Set<String> cb = b.countries();
    // Different counterparts are different encounters: a copy may only lack a side.
    boolean copy =
        ca.equals(cb)
            || Math.min(ca.size(), cb.size()) < 2 && (ca.containsAll(cb) || cb.containsAll(ca));
    // Sharing one side's person, a telling that names another person of the other side (each
    // person's country known) is another encounter: Kharazi with Assad, then with al-Sharaa.
    return ca.equals(cb) && ca.size() >= 2 && !differentPeople(a, b)
        || sharePerson(a, b) && copy && !(differentPeople(a, b) && allKnown(b));
  }

  /** Whether the country each person of the encounter serves is known. */
  private static boolean allKnown(Draft d) {
    return !d.personCountry.containsValue("");
  }

  private static boolean sharePerson(Draft a, Draft b) {
    return a.personCountry.keySet().stream().anyMatch(b.personCountry::containsKey);
  }

  /** Whether both name people of one country and none in common: two meetings. */
  private static boolean differentPeople(Draft a, Draft b) {
    for (String country : new HashSet<>(a.personCountry.values())) {
      if (country.isEmpty()) {
        continue; // people of no known country may be of either side
      }
      Set<String> pa = people(a, country);
      Set<String> pb = people(b, country);
      if (!pb.isEmpty() && pa.stream().noneMatch(pb::contains)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> people(Draft d, String country) {
    Set<String> out = new HashSet<>();
    d.personCountry.forEach(
        (p, c) -> {
          if (c.equals(country)) {
            out.add(p);
          }
        });
    return out;
  }

  private static void absorb(Draft kept, Draft other) {
    boolean richer = other.actors.size() > kept.actors.size();
    boolean kin = Kin.placeFor(kept, other);
    other.actors.forEach(kept.actors::putIfAbsent);
    other.orgs.forEach(kept.orgs::putIfAbsent);
    kept.personCountry.putAll(other.personCountry);
    kept.byRole.addAll(other.byRole);
    if ((kept.place == null || richer && other.place != null) && kin) {
      kept.place = other.place != null ? other.place : kept.place;
    }
    if (kept.stated == null) {
      kept.stated = other.stated;
      // Told once without a time («دیدار …» in the title), it is the article's news of the day.
      kept.elsewhen &= other.elsewhen;
    }
    if (kept.topics.isEmpty()) {
      kept.topics = other.topics;
    }
  }

  /** Adds to each encounter the one person the article names for a country a role brought. */
  static void counterparts(List<Draft> drafts, Map<String, Map<String, Event.Actor>> byCountry) {
    for (Draft d : drafts) {
      if (d.type == Event.Type.STATEMENT) {
        continue;
      }
      for (String iso : d.byRole) {
        Map<String, Event.Actor> people = byCountry.getOrDefault(iso, Map.of());
        if (people.size() == 1 && !d.personCountry.containsValue(iso)) {
          Event.Actor p = people.values().iterator().next();
          d.actors.putIfAbsent(p.id(), p);
          d.personCountry.put(p.id(), iso);
        }
      }
    }
  }
}
