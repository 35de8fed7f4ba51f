package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Set;

/**
 * Gives a person the role written next to the name («وزیر امور خارجه کشورمان محمد جواد ظریف»,
 * «پوتین، رئیس جمهور روسیه»), and the country the role names (کشورمان: Iran) as the country the
 * person serves.
 */
final class Roles {
  private static final int REACH = 6;

  private Roles() {}

  static void attach(Scan s, List<Candidate> chosen) {
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      if (c.type() != Entity.Type.PERSON) {
        continue;
      }
      int[] range = before(s, c);
      if (range != null && phraseEnd(s, range[0]) < c.from() && after(s, c) != null) {
        // «وزیر امور خارجه روسیه خواسته‌های آمرانه کاندولیزا رایس، وزیر امور خارجه آمریکا»: the
        // office set off after the name is hers; the one before, words away, is another's
        range = null;
      }
      if (range == null) {
        range = Appositions.officeBefore(s, c.from(), c.to());
      }
      if (range == null) {
        range = after(s, c);
      }
      if (range != null) {
        chosen.set(x, withRole(s, c, range));
      }
    }
  }

  /**
   * The person with the role the text gives, and the country it names. A known person whose country
   * differs from the role's, or who never held the town's office it is ({@link LocalOffices}), is
   * someone else of the same name (the role is the evidence).
   */
  private static Candidate withRole(Scan s, Candidate c, int[] range) {
    String stated = countryIn(s, range[0], range[1]);
    Entry known = s.gazetteer().entry(c.id());
    boolean other =
        known != null
            && (stated != null && known.country() != null && !stated.equals(known.country())
                || LocalOffices.namesake(s, c.id(), range[0], range[1]));
    String id = other ? "person-" + s.join(c.from(), c.to()) : c.id();
    String name = other ? s.surface(c.from(), c.to()) : c.name();
    String country = other || c.country() == null ? stated : c.country();
    if (country == null && SENATOR.contains(s.key(range[0]))) {
      country = "US"; // «دایان فینستین، سناتور دموکرات»
    }
    String role = c.role() != null ? c.role() : s.surface(range[0], range[1]);
    Entity.Evidence evidence =
        other || c.evidence() == Entity.Evidence.PATTERN ? Entity.Evidence.ROLE : c.evidence();
    return new Candidate(
        c.from(), c.to(), c.type(), id, name, c.kind(), role, c.priority(), country, evidence);
  }

  /**
   * A senator whose role names no country serves the United States: Persian news names another
   * state's senator with it («سناتور فرانسوی»), and America's bare («سناتور جمهوری‌خواه»).
   */
  private static final Set<String> SENATOR = Words.folded("سناتور");

  private static final String QUOTES = "\"«»“”'";

  /** Whether what stands between two words is quote marks only. */
  private static boolean quotes(String between) {
    return !between.isEmpty() && unquoted(between).isEmpty();
  }

  /** What stands between two words, quote marks and spaces left out. */
  private static String unquoted(String between) {
    StringBuilder out = new StringBuilder(between.length());
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (QUOTES.indexOf(c) < 0 && !Character.isWhitespace(c) && c != '\u00A0') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The country a role's words name, or null. */
  static String countryIn(Scan s, int from, int to) {
    for (int t = from; t < to; t++) {
      Entry e = s.name[t];
      if (e != null && e.type() == Entity.Type.COUNTRY) {
        return e.country();
      }
    }
    return null;
  }

  /**
   * Where the phrase of the role at token i ends: past the words that complete it, the country or
   * body it names and the roles it holds («معاون وزیر امور خارجه ترکیه»).
   */
  static int phraseEnd(Scan s, int i) {
    int j = i + s.roleLength[i];
    while (j < s.size() && s.adjacent(j - 1)) {
      if (s.name[j] != null && s.name[j].type() != Entity.Type.PERSON) {
        j += s.nameLength[j];
      } else if (PersonPatterns.ROLE_COMPLEMENTS.contains(s.key(j)) || s.roleLength[j] > 0) {
        j += Math.max(1, s.roleLength[j]);
      } else {
        break;
      }
    }
    return Math.min(j, s.size());
  }

  /** The tokens of the role just before the name, or null. */
  private static int[] before(Scan s, Candidate c) {
    for (int k = c.from() - 1; k >= Math.max(0, c.from() - REACH); k--) {
      if (!s.adjacent(k) && !(k == c.from() - 1 && quotes(s.between(k, k + 1)))) {
        return null; // «وزیر خارجه "فاروق الشرع"»: quotes around the name keep its role
      }
      if (s.roleLength[k] > 0 && k + s.roleLength[k] <= c.from()) {
        return new int[] {k, c.from()};
      }
      if (s.breaks(k) && !s.key(k).equals("در")) {
        return null; // «رئیس جمهور سوریه با پوتین»: the role is another's
      }
    }
    return null;
  }

  /** The tokens of the role just after the name («، رئیس جمهور روسیه»), or null. */
  private static int[] after(Scan s, Candidate c) {
    int k = c.to();
    if (k >= s.size() || s.roleLength[k] == 0) {
      return null;
    }
    String between = unquoted(s.between(k - 1, k));
    if (!between.isEmpty() && !between.equals("،") && !between.equals(",")) {
      return null; // «"فاروق الشرع" وزیر خارجه سوریه»: the quotes close the name, not the phrase
    }
    int end = k + s.roleLength[k];
    while (end < s.size() && s.adjacent(end - 1) && end - k < REACH) {
      if (s.name[end] != null && s.name[end].type() != Entity.Type.PERSON) {
        end += s.nameLength[end];
      } else if (PersonPatterns.ROLE_COMPLEMENTS.contains(s.key(end)) && !s.key(end).equals("در")) {
        end++;
      } else {
        break;
      }
    }
    return new int[] {k, end};
  }
}
