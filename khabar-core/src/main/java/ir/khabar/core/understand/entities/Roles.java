package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;

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
      if (c.type() != Entity.Type.PERSON || c.role() != null) {
        continue;
      }
      int[] range = before(s, c);
      if (range == null) {
        range = after(s, c);
      }
      if (range != null) {
        String country = c.country() != null ? c.country() : countryIn(s, range[0], range[1]);
        chosen.set(
            x,
            new Candidate(
                c.from(),
                c.to(),
                c.type(),
                c.id(),
                c.name(),
                c.kind(),
                s.surface(range[0], range[1]),
                c.priority(),
                country));
      }
    }
  }

  /** The country a role's words name, or null. */
  private static String countryIn(Scan s, int from, int to) {
    for (int t = from; t < to; t++) {
      Entry e = s.name[t];
      if (e != null && e.type() == Entity.Type.COUNTRY) {
        return e.country();
      }
    }
    return null;
  }

  /** The tokens of the role just before the name, or null. */
  private static int[] before(Scan s, Candidate c) {
    for (int k = c.from() - 1; k >= Math.max(0, c.from() - REACH); k--) {
      if (!s.adjacent(k)) {
        return null;
      }
      if (s.roleLength[k] > 0 && k + s.roleLength[k] <= c.from()) {
        return new int[] {k, c.from()};
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
    String between = s.text.substring(s.end(k - 1), s.start(k)).strip();
    if (!between.isEmpty() && !between.equals("،") && !between.equals(",")) {
      return null;
    }
    int end = k + s.roleLength[k];
    while (end < s.size()
        && s.adjacent(end - 1)
        && s.name[end] != null
        && s.name[end].type() != Entity.Type.PERSON
        && end - k < REACH) {
      end += s.nameLength[end];
    }
    return new int[] {k, end};
  }
}
