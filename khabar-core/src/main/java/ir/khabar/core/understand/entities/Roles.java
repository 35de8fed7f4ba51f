package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;

/** Gives a person the role written next to the name: «وزیر امور خارجه کشورمان محمد جواد ظریف», «پوتین، رئیس جمهور روسیه». */
final class Roles {
  private static final int REACH = 6;

  private Roles() {}

  static void attach(Scan s, List<Candidate> chosen) {
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      if (c.type() != Entity.Type.PERSON || c.role() != null) {
        continue;
      }
      String role = before(s, c);
      if (role == null) {
        role = after(s, c);
      }
      if (role != null) {
        chosen.set(x, new Candidate(c.from(), c.to(), c.type(), c.id(), c.name(), c.kind(), role, c.priority()));
      }
    }
  }

  private static String before(Scan s, Candidate c) {
    for (int k = c.from() - 1; k >= Math.max(0, c.from() - REACH); k--) {
      if (!s.adjacent(k)) {
        return null;
      }
      if (s.roleLength[k] > 0 && k + s.roleLength[k] <= c.from()) {
        return s.surface(k, c.from());
      }
    }
    return null;
  }

  private static String after(Scan s, Candidate c) {
    int k = c.to();
    if (k >= s.size() || s.roleLength[k] == 0) {
      return null;
    }
    String between = s.text.substring(s.end(k - 1), s.start(k)).strip();
    if (!between.isEmpty() && !between.equals("،") && !between.equals(",")) {
      return null;
    }
    int end = k + s.roleLength[k];
    while (end < s.size() && s.adjacent(end - 1) && s.name[end] != null
        && s.name[end].type() != Entity.Type.PERSON && end - k < REACH) {
      end += s.nameLength[end];
    }
    return s.surface(k, end);
  }
}
