package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person told again by the role the article gave them: after «سید عباس عراقچی وزیر امور خارجه
 * جمهوری اسلامی ایران», «وزیر امور خارجه جمهوری اسلامی ایران … وارد مسکو شد» is Araghchi. Only a
 * role of two words at least that one person holds in the article, named before the sentence, and
 * not beside a name in it.
 */
final class RolePeople {
  private final Words words;

  /** The words a person's name covers: a role touching one is that name's. */
  private final boolean[] named;

  /** The country named at each word start, by offset. */
  private final Map<Integer, Span> countries = new HashMap<>();

  /** Each role, as folded words, and the one person holding it (null when several do). */
  private final Map<List<String>, Span> holders = new HashMap<>();

  RolePeople(Words words, List<Span> mentions) {
    this.words = words;
    this.named = new boolean[words.keys().size()];
    for (Span m : mentions) {
      if (m.type() == Entity.Type.PERSON) {
        for (int k = words.indexOf(m.start()); k <= words.indexOf(m.end() - 1); k++) {
          named[k] = true;
        }
      } else if (m.type() == Entity.Type.COUNTRY) {
        countries.putIfAbsent(m.start(), m);
      }
      List<String> role = m.type() == Entity.Type.PERSON ? folded(m.role()) : List.of();
      hold(role, m);
      if ("IR".equals(m.country())) {
        hold(home(role), m);
      }
    }
  }

  private void hold(List<String> role, Span m) {
    if (role.size() >= 2) {
      boolean other = holders.containsKey(role) && !sameHolder(holders.get(role), m);
      holders.put(role, other ? null : m);
    }
  }

  /** The words that name the country at the end of an Iranian office: «… ایران», «… کشورمان». */
  private static final List<List<String>> HOME =
      List.of(folded("جمهوری اسلامی ایران"), folded("ایران"), folded("کشورمان"));

  /**
   * An Iranian office without its country: Iranian news names its own state's offices bare, so
   * «معاون اول رئیس جمهوری» is the «معاون اول رئیس جمهوری ایران» the article named; or the role
   * itself when it ends in no such words, or too little would be left («رئیس جمهوری اسلامی ایران»
   * stays whole).
   */
  private static List<String> home(List<String> role) {
    for (List<String> tail : HOME) {
      int keep = role.size() - tail.size();
      if (keep >= 2 && role.subList(keep, role.size()).equals(tail)) {
        return role.subList(0, keep);
      }
    }
    return List.of();
  }

  private static boolean sameHolder(Span held, Span m) {
    return held != null && held.id().equals(m.id());
  }

  /**
   * Adds to the draft the people whose role stands alone among the words [from, to), named before
   * offset {@code before}.
   */
  void resolve(Draft d, int from, int to, int before) {
    if (d.type == Event.Type.STATEMENT) {
      return;
    }
    holders.forEach(
        (role, person) -> {
          if (person != null
              && person.start() < before
              && !d.actors.containsKey(person.id())
              && standsAlone(role, person, from, to)) {
            Parties.read(d, words, person, false);
          }
        });
  }

  private boolean standsAlone(List<String> role, Span person, int from, int to) {
    List<String> keys = words.keys();
    for (int i = from; i + role.size() <= to; i++) {
      if (keys.subList(i, i + role.size()).equals(role)
          && !besideName(i, i + role.size())
          && !anotherCountry(i + role.size(), person)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word {@code at}, right after a role, names a country other than the holder's: «نخست
   * وزیر تاجیکستان» is not the «نخست وزیر» of Mongolia the article named before.
   */
  private boolean anotherCountry(int at, Span person) {
    if (at >= words.keys().size()) {
      return false;
    }
    Span m = countries.get(words.starts()[at]);
    return m != null && !Parties.iso(m.id()).equals(person.country());
  }

  /** Whether a person's name touches the words [from, to): the role is that name's. */
  private boolean besideName(int from, int to) {
    for (int k = Math.max(0, from - 1); k <= Math.min(to, named.length - 1); k++) {
      if (named[k]) {
        return true;
      }
    }
    return false;
  }

  private static List<String> folded(String role) {
    List<String> out = new ArrayList<>();
    if (role != null) {
      for (String word : role.strip().split("\\s+")) {
        String key = SearchFolding.fold(word);
        if (!key.isEmpty()) {
          out.add(key);
        }
      }
    }
    return out;
  }
}
