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
  private final List<Span> mentions;

  /** Each role, as folded words, and the one person holding it (null when several do). */
  private final Map<List<String>, Span> holders = new HashMap<>();

  RolePeople(Words words, List<Span> mentions) {
    this.words = words;
    this.mentions = mentions;
    for (Span m : mentions) {
      List<String> role = m.type() == Entity.Type.PERSON ? folded(m.role()) : List.of();
      if (role.size() >= 2) {
        boolean other = holders.containsKey(role) && !sameHolder(holders.get(role), m);
        holders.put(role, other ? null : m);
      }
    }
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
              && standsAlone(role, from, to)) {
            Parties.read(d, words, person, false);
          }
        });
  }

  private boolean standsAlone(List<String> role, int from, int to) {
    List<String> keys = words.keys();
    for (int i = from; i + role.size() <= to; i++) {
      if (keys.subList(i, i + role.size()).equals(role) && !besideName(i, i + role.size())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person's name touches the words [from, to): the role is that name's. */
  private boolean besideName(int from, int to) {
    for (Span m : mentions) {
      if (m.type() == Entity.Type.PERSON) {
        int first = words.indexOf(m.start());
        int last = words.indexOf(m.end() - 1);
        if (last >= from - 1 && first <= to) {
          return true;
        }
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
