package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event being read: its actors (and the country each person serves), place, the day its sentence
 * states (or null), topics, sentence, and the countries a role or demonym brought («همتای
 * قرقیزستانی»), whose person may be named elsewhere in the article.
 */
final class Draft {
  Event.Type type;
  final Map<String, Event.Actor> actors = new LinkedHashMap<>();
  final Map<String, String> personCountry = new HashMap<>();
  final Set<String> byRole = new HashSet<>();

  /** International organisations taking part («با آژانس»). */
  final Map<String, Event.Actor> orgs = new LinkedHashMap<>();

  /** Countries of the capitals a visit goes to: parties only when no second country is named. */
  final Set<String> venues = new HashSet<>();

  /**
   * Countries an envoy is posted to («سفیر ژاپن در ایران») or a visitor stays in («در سفری … در
   * ابوظبی بود»): parties only when one is lacking.
   */
  final Set<String> posted = new LinkedHashSet<>();

  /** The countries a phrase names as met, visited or welcomed, each with its capital or null. */
  final Map<String, Event.Actor> counterparts = new LinkedHashMap<>();

  /** The counterparts a trip's phrase names as its destination («سفر به بلاروس»). */
  final Set<String> destinations = new HashSet<>();

  Event.Actor place;

  /** The clause it was read from: its sentence's words [from, to). */
  int from;

  int to;
  LocalDate stated;

  /** Told at another time its clause gives no day of ({@link EventDates#elsewhen}): no day. */
  boolean elsewhen;

  List<String> topics;
  final String sentence;
  final int index;

  Draft(Event.Type type, String sentence, int index) {
    this.type = type;
    this.sentence = sentence;
    this.index = index;
  }

  void country(String iso, String name) {
    String id = Parties.countryId(iso);
    actors.putIfAbsent(id, new Event.Actor(id, name, Entity.Type.COUNTRY));
  }

  /** Its countries, in the order they were read. */
  Set<String> countries() {
    Set<String> out = new LinkedHashSet<>();
    actors.values().stream()
        .filter(a -> a.type() == Entity.Type.COUNTRY)
        .forEach(a -> out.add(a.id()));
    return out;
  }

  /**
   * A copy that keeps of the countries only {@code keep}, and the people who serve them or no known
   * country; at {@code where}.
   */
  Draft only(Set<String> keep, Event.Actor where) {
    Draft out = new Draft(type, sentence, index);
    actors.forEach(
        (id, a) -> {
          String serves = personCountry.get(id);
          boolean country = a.type() == Entity.Type.COUNTRY;
          if (country ? keep.contains(id) : serves == null || kept(serves, keep)) {
            out.actors.put(id, a);
          }
        });
    out.personCountry.putAll(personCountry);
    out.personCountry.keySet().retainAll(out.actors.keySet());
    out.byRole.addAll(byRole);
    out.orgs.putAll(orgs);
    out.place = where;
    out.from = from;
    out.to = to;
    out.stated = stated;
    out.elsewhen = elsewhen;
    out.topics = topics;
    return out;
  }

  /** Whether a person serving {@code serves} (an ISO code, an organisation or "") stays. */
  private static boolean kept(String serves, Set<String> keep) {
    return serves.isEmpty()
        || serves.startsWith("org-")
        || keep.contains(Parties.countryId(serves));
  }

  boolean hasPerson() {
    return actors.values().stream().anyMatch(a -> a.type() == Entity.Type.PERSON);
  }

  Event toEvent(LocalDate day) {
    List<Event.Actor> all = new ArrayList<>(actors.values());
    orgs.values().forEach(all::add);
    return new Event(
        type, all, place, stated != null ? stated : elsewhen ? null : day, topics, sentence);
  }
}
