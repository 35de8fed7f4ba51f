package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One event per counterpart. A sentence's parties fall on two sides: those a phrase names as met,
 * visited or welcomed («با همتایان پاکستانی، افغانستانی و هندی خود», «به ارمنستان، گرجستان و
 * آذربایجان», «از وزیر خارجه عمان استقبال کرد») and the others, who act. When one side holds one
 * country and the other several, each of the several is an encounter of its own with the one: a
 * tour of three capitals is three visits, two visitors to Beirut two visits. A role shared at the
 * head of a list («با وزیران خارجه عربستان و مصر») applies to each country of the list.
 */
final class Counterparts {
  /** Words a counterpart phrase opens with. */
  private static final Set<String> HEADS =
      EventContext.folded("با", "به", "عازم", "وارد", "رهسپار", "راهی", "نزد");

  /**
   * A trip's words, the countries right after them its destinations: «سفر ارمنستان و قرقیزستان».
   */
  private static final Set<String> TRIP = EventContext.folded("سفر", "سفرهای");

  /** Opening a hosted guest's phrase: «از همتای روس خود استقبال کرد», «میزبان نخست وزیر هند». */
  private static final Set<String> HOST_HEADS = EventContext.folded("از", "میزبان", "میزبانی");

  /**
   * Words besides offices ({@link Offices}) that a list of counterparts may hold between its head
   * and a country: «و», an office's other words, «شهر».
   */
  private static final Set<String> LIST_WORDS =
      EventContext.folded(
          "و", "خارجه", "امور", "دفاع", "جمهور", "جمهوری", "همچنین", "شهر", "شهرهای", "پایتخت",
          "کشور", "کشورهای", "مجلس", "پارلمان", "عالی", "ارشد", "نیز", "سپس");

  /** How far back a counterpart's phrase head may be, in words. */
  private static final int REACH = 12;

  private Counterparts() {}

  /**
   * Records which of the draft's countries a phrase names as its counterparts, from the sentence's
   * words [first, last) and mentions; with the capital each was named by, when it was.
   */
  static void mark(Draft d, Words w, int first, List<Span> mentions) {
    Set<Integer> named = namedWords(w, mentions);
    Set<String> countries = d.countries();
    for (Span m : mentions) {
      String country = countryOf(m);
      int head = country == null || !countries.contains(country) ? -1 : head(d, w, first, m, named);
      if (head >= 0) {
        Event.Actor capital = m.kind().equals("capital") ? EventPlace.actor(m) : null;
        if (d.counterparts.get(country) == null) {
          d.counterparts.put(country, capital);
        }
        if (tripTo(w.keys(), head)) {
          d.destinations.add(country);
        }
      }
    }
  }

  /**
   * The draft, or one draft per counterpart when one side holds one country and the other several;
   * none when three states or more are met by no side read.
   */
  static List<Draft> split(Draft d) {
    Set<String> others = d.countries();
    others.removeAll(d.counterparts.keySet());
    Set<String> met = d.countries();
    met.retainAll(d.counterparts.keySet());
    if (unmet(d, met, others)) {
      return List.of();
    }
    if (d.type == Event.Type.STATEMENT || Math.min(met.size(), others.size()) != 1) {
      return List.of(d);
    }
    if (met.size() == 1 && others.size() == 1) {
      return List.of(d);
    }
    Set<String> one = met.size() == 1 ? met : others;
    Set<String> many = met.size() == 1 ? others : met;
    List<Draft> out = new ArrayList<>();
    for (String c : many) {
      Set<String> pair = new LinkedHashSet<>(one);
      pair.add(c);
      Draft copy = d.only(pair, placeFor(d, met.size() == 1 ? one.iterator().next() : c, met));
      if (d.destinations.contains(c)) {
        copy.type = Event.Type.VISIT; // «در پایان سفر به بلاروس، برای دیدار با لاوروف وارد مسکو شد»
      }
      out.add(copy);
    }
    return out;
  }

  /**
   * Whether three states or more are named as met and no side that met them is read («سعودالفیصل …
   * گفتگو با جورج بوش، ژاک شیراک و تونی بلر», the subject unknown): they did not meet each other,
   * so there is no encounter to tell. (With two, a «با» reaching across «و» to the clause before
   * marks a subject as met: «A با B دیدار کرد و C با D».)
   */
  private static boolean unmet(Draft d, Set<String> met, Set<String> others) {
    return d.type != Event.Type.STATEMENT
        && others.isEmpty()
        && met.size() >= 3
        && d.orgs.isEmpty();
  }

  /**
   * The place of the encounter with counterpart {@code c}: the draft's, unless it is another
   * counterpart's capital, then c's own capital when a phrase named it, else none.
   */
  private static Event.Actor placeFor(Draft d, String c, Set<String> met) {
    if (d.place == null || !d.place.id().startsWith("capital-")) {
      return d.place;
    }
    String placeCountry = "country-" + d.place.id().substring("capital-".length());
    if (placeCountry.equals(c) || !met.contains(placeCountry)) {
      return d.place;
    }
    Event.Actor own = d.counterparts.get(c);
    return own != null ? own : EventPlace.capital(c);
  }

  /**
   * Where a phrase opens before the mention with a counterpart's head, past only roles, «و» and
   * other names («با همتایان پاکستانی، افغانستانی و هندی خود»): the head's word index, or -1.
   */
  private static int head(Draft d, Words w, int first, Span m, Set<Integer> named) {
    int at = w.indexOf(m.start());
    boolean office = false;
    for (int k = at - 1; k >= Math.max(first, at - REACH); k--) {
      String key = w.keys().get(k);
      if (TRIP.contains(key) && d.type == Event.Type.VISIT && !office) {
        return k; // «از سفر ارمنستان و قرقیزستان»: the countries a trip is named after
      }
      office |= Offices.names(key) || LIST_WORDS.contains(key) && !key.equals("و");
      if (HEADS.contains(key)
          || d.type == Event.Type.HOST && HOST_HEADS.contains(key)
          || seeing(d.type) && key.equals("از") && visitedBefore(w, at)) {
        return !key.equals("به") || !before(w, k, "گزارش") ? k : -1;
      }
      if (!named.contains(k) && !LIST_WORDS.contains(key) && !Offices.names(key)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the phrase opening at k is a trip's destination: «سفر ارمنستان», «سفر به بلاروس». */
  private static boolean tripTo(List<String> keys, int k) {
    return TRIP.contains(keys.get(k))
        || keys.get(k).equals("به") && k > 0 && keys.get(k - 1).startsWith("سفر");
  }

  /** A visit's or a meeting's word: «از … دیدن کرد», «از … دیدار کرد». */
  private static boolean seeing(Event.Type type) {
    return type == Event.Type.VISIT || type == Event.Type.MEET;
  }

  /**
   * «از اردن، مصر و سوریه دیدن کرده است», «از مصر، عربستان، لبنان و امارات دیدار کرد»: a list after
   * «از» is the places visited when «دیدن», «دیدار» or «بازدید» follows it (elsewhere «از» is where
   * a traveller comes from).
   */
  private static boolean visitedBefore(Words w, int at) {
    for (int k = at + 1; k < Math.min(w.keys().size(), at + REACH); k++) {
      if (SEEING.contains(w.keys().get(k))) {
        return true;
      }
      if (Clause.verb(w.keys().get(k))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> SEEING = EventContext.folded("دیدن", "دیدار", "بازدید");

  private static boolean before(Words w, int k, String key) {
    return k + 1 < w.keys().size() && w.keys().get(k + 1).equals(key);
  }

  /** The word indices the mentions cover. */
  private static Set<Integer> namedWords(Words w, List<Span> mentions) {
    Set<Integer> out = new HashSet<>();
    for (Span m : mentions) {
      for (int i = w.indexOf(m.start()); i <= w.indexOf(m.end() - 1); i++) {
        out.add(i);
      }
    }
    return out;
  }

  /** The country a mention stands for as a party: a country, a person's, a capital's; or null. */
  static String countryOf(Span m) {
    return switch (m.type()) {
      case COUNTRY -> m.id();
      case PERSON, ORGANISATION -> m.country() == null ? null : Parties.countryId(m.country());
      case PLACE -> m.kind().equals("capital") ? Parties.countryId(Parties.iso(m.id())) : null;
    };
  }
}
