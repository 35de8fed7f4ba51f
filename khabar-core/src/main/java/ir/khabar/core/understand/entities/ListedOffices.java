package ir.khabar.core.understand.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kind of office each listed person holds or held (minister, prime-minister, cleric …), read
 * from the role the people list gives them with the same role phrases the texts are read with
 * («وزیر امور خارجه پیشین» is a minister's): what a text's own offices must agree with before a
 * bare family name is taken for that person.
 */
final class ListedOffices {
  /** Kinds too general to say who is meant: nearly every article names a head or an official. */
  private static final Set<String> GENERAL = Set.of("head", "deputy", "official", "other");

  private static volatile Map<String, String> kinds;

  private ListedOffices() {}

  /** Whether the text names an office of the kind the listed person holds. */
  static boolean inText(Scan s, String id) {
    String kind = kind(s.gazetteer(), id);
    if (kind == null) {
      return false;
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.roleLength[i] > 0 && kind.equals(s.role[i])) {
        return true;
      }
    }
    return false;
  }

  /** The kind of office the list gives the person, or null (none, or one too general to say). */
  static String kind(Scan s, String id) {
    return kind(s.gazetteer(), id);
  }

  private static String kind(Gazetteer g, String id) {
    Map<String, String> k = kinds;
    if (k == null) {
      kinds = k = load(g);
    }
    return k.get(id);
  }

  private static Map<String, String> load(Gazetteer g) {
    Map<String, String> out = new HashMap<>();
    EntityRecognizer.gazetteerRows(
        "people.tsv",
        r -> {
          String role = Gazetteer.col(r, 3);
          String kind = role == null ? null : leadingOffice(g, Tokens.of(role));
          if (kind != null && !GENERAL.contains(kind)) {
            out.put(r[0], kind);
          }
        });
    return out;
  }

  /** The kind of the longest role phrase the words start with, or null. */
  private static String leadingOffice(Gazetteer g, List<Token> words) {
    for (int k = words.size(); k >= 1; k--) {
      Gazetteer.Known known = g.known(Gazetteer.join(words, 0, k));
      if (known != null && known.role != null) {
        return known.role;
      }
    }
    return null;
  }
}
