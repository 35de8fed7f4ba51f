package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.Span;
import java.util.List;

/**
 * A trip told in a clause joined by «و» to a meeting takes the meeting's subject, not the one met:
 * «… با همتای پاکستانی خود دیدار کرد و سپس به قزاقستان رفت» is no trip of Pakistan's (nor to it).
 */
final class JoinedTrips {
  /** How far back from a mention its «با» may be, in words. */
  private static final int REACH = 6;

  private JoinedTrips() {}

  /** Whether the draft is a trip its own clause names the destination of. */
  static boolean trip(Draft d, Words w, List<Span> own) {
    return d.type == Event.Type.VISIT && own.stream().anyMatch(m -> EventPlace.destination(w, m));
  }

  /** Whether a mention is one met, after «با» in its clause: «با همتای پاکستانی خود». */
  static boolean met(Words w, Span m) {
    int at = w.indexOf(m.start());
    for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
      String key = w.keys().get(k);
      if (key.equals("با")) {
        return true;
      }
      if (Clause.verb(key)) {
        return false;
      }
    }
    return false;
  }
}
