package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;

/**
 * A session told of one party alone is that party's own: a state body's («اولین نشست شورای حکومت
 * انتقالی عراق»، «شورای ریاستی … عراق … در پایان نشست خود»), an organisation's («اجلاس اضطراری …
 * شورای حکام»), a conference's. Who else the sentence names (the official who announced it, the
 * officials whose pressure it answered) did not sit in it; a session with another party names it in
 * its own clause («نشست … پاکستان و آمریکا», «نشست اقتصادی دو کشور», «با حضور …», «با همتای …»).
 */
final class OwnSessions {
  private OwnSessions() {}

  private static final List<String> SESSIONS =
      List.copyOf(EventContext.folded("نشست", "اجلاس", "جلسه", "جلسات"));

  /** Words by which a clause brings a session's other side. */
  private static final Set<String> OTHER_SIDE =
      EventContext.folded(
          "با",
          "بین",
          "میان",
          "حضور",
          "دو",
          "مشترک",
          "دوجانبه",
          "سه\u200cجانبه",
          "جانبه",
          "طرفین",
          "سران",
          "همتای",
          "همتایان");

  /**
   * Whether the encounter word at {@code at} is a session and its clause's own words {@code
   * clauseKeys} name at most one party of it ({@code own}: states and organisations read there) and
   * no other side.
   */
  static boolean alone(List<String> keys, int at, List<String> clauseKeys, int own) {
    String word = keys.get(at);
    return (own <= 1 || ownSaid(keys, at))
        && SESSIONS.stream().anyMatch(word::startsWith)
        && clauseKeys.stream().noneMatch(OTHER_SIDE::contains);
  }

  private static final String OWN = EventContext.folded("خود").iterator().next();

  /**
   * «در اجلاس جاری خود»: the session is said to be its holder's own, one word at most between,
   * whoever else the clause names (who asked the body to act in it).
   */
  private static boolean ownSaid(List<String> keys, int at) {
    return at + 1 < keys.size() && keys.get(at + 1).equals(OWN)
        || at + 2 < keys.size() && keys.get(at + 2).equals(OWN);
  }
}
