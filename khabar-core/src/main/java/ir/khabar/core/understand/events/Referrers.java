package ir.khabar.core.understand.events;

import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;

/**
 * One who refers to an encounter of others: «جلالی با اشاره به مذاکرات ایران و روسیه گفت» tells of
 * talks whose two sides the reference names, at which the speaker was not. Read from the reference
 * on, the clause's parties are those the reference names.
 */
final class Referrers {
  private Referrers() {}

  /**
   * The clause's mentions from a «با اشاره به» that opens before the encounter's word {@code at}
   * on, when the reference names two countries or more; else all of {@code own}.
   */
  static List<Span> referred(Words w, Sentence s, Clause clause, int at, List<Span> own) {
    List<String> keys = s.keys(w);
    if (own(keys, at)) {
      return own; // «با اشاره به گفت‌وگوهایش با …», «دیدار خود»: the speaker's own
    }
    for (int k = at - 2; k > clause.from(); k--) {
      if (keys.get(k).equals(REFERRING)
          && keys.get(k - 1).equals("با")
          && keys.get(k + 1).equals("به")) {
        int from = w.starts()[s.firstWord() + k];
        List<Span> named = own.stream().filter(m -> m.start() >= from).toList();
        long countries =
            named.stream().map(Counterparts::countryOf).filter(c -> c != null).distinct().count();
        return countries >= 2 ? named : own;
      }
    }
    return own;
  }

  private static final String REFERRING = EventContext.folded("اشاره").iterator().next();

  private static final Set<String> REFLEXIVES = EventContext.folded("خود", "خویش");

  /** Whether the encounter's word is told as the speaker's: a possessive ending or «خود» after. */
  private static boolean own(List<String> keys, int at) {
    int end = EventWords.talkEnd(keys, at); // past «وگوهایش» of talks written apart
    String word = keys.get(end - 1);
    return word.endsWith("ش")
        || word.endsWith("شان")
        || end < keys.size() && REFLEXIVES.contains(keys.get(end));
  }
}
