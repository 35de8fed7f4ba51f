package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.entities.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * «این کشور», «آن کشور»: the country named last before it in the article («به چین سفر کرده است، در
 * دیدار با رییس جمهور این کشور»), by a name, demonym or capital.
 */
final class ThisCountry {
  private static final Set<String> POINTING = EventContext.folded("این", "آن", "همین", "همان");

  private ThisCountry() {}

  /** The ISO code each «این کشور» of the text stands for, by the index of its «کشور». */
  static Map<Integer, String> of(Words w, List<Span> mentions) {
    Map<Integer, String> out = new HashMap<>();
    int next = 0;
    String last = null;
    List<String> keys = w.keys();
    for (int i = 1; i < keys.size(); i++) {
      while (next < mentions.size() && mentions.get(next).start() < w.starts()[i]) {
        last = country(mentions.get(next), last);
        next++;
      }
      if (last != null && startsAt(keys, i - 1)) {
        out.put(i, last);
      }
    }
    return out;
  }

  /** Whether «این کشور» (or آن، همین، همان) starts at word i. */
  static boolean startsAt(List<String> keys, int i) {
    return i >= 0
        && i + 1 < keys.size()
        && keys.get(i + 1).equals("کشور")
        && POINTING.contains(keys.get(i));
  }

  private static String country(Span m, String last) {
    if (m.type() == Entity.Type.COUNTRY && !m.kind().equals("ours")
        || m.type() == Entity.Type.PLACE && m.kind().equals("capital")) {
      return Parties.iso(m.id());
    }
    return last;
  }
}
