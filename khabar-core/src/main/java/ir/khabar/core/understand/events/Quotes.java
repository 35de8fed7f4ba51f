package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;

/**
 * What someone says: the words after a verb of saying and a colon («گفت: …», «اظهار داشت: …»,
 * «نوشت: …»). The countries said are what the speaker talks about, not parties to the encounter the
 * speaker was at («در دیدار با سفیر جدید ایران گفت: آمریکا باید …»); only the one the saying opens
 * with may be the speaker's own state speaking of itself («اظهار داشت: ترکیه مایل است …»). An
 * encounter told in the saying takes the speaker from the framing words, not the one the speaker
 * met there.
 */
final class Quotes {
  /** Verbs of saying that close no clause of their own. */
  private static final Set<String> SAYING =
      EventContext.folded("نوشت", "نوشتند", "نوشته", "پرسید", "افزودند", "گفته");

  private Quotes() {}

  /**
   * The first word said among the words [from, to), or -1: the word after a verb of saying followed
   * by a colon; {@code text} is the sentence, which starts at the offset {@code base}.
   */
  static int start(String text, int base, Words w, int from, int to) {
    if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
      return -1; // most sentences: no word of theirs can be followed by a colon
    }
    for (int k = from; k + 1 < to; k++) {
      String key = w.keys().get(k);
      if ((Clause.verb(key) || SAYING.contains(key)) && colonAfter(text, base, w, k)) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Verbs of saying that a «که» of what was said may follow: «گفته است که …». */
  private static final Set<String> SAYS =
      EventContext.folded("گفت", "گفتند", "گفته", "افزود", "افزودند", "نوشت", "نوشته");

  /** The noun of a compound verb of saying: «اعلام کرد که», «تاکید کرد که». */
  private static final Set<String> SAYS_WITH =
      EventContext.folded("اعلام", "تاکید", "تأکید", "تصریح", "اظهار", "خاطرنشان");

  private static final Set<String> LIGHT =
      EventContext.folded("کرد", "کردند", "کرده", "داشت", "داشتند", "نمود", "شد");

  private static final Set<String> AUX = EventContext.folded("است", "اند", "بود");

  private static final String THAT = "که";

  /**
   * The first word said among [from, to), as {@link #start} finds it, or after a verb of saying and
   * its «که» («شارون در دیدار با اسپکتر گفته است که … به دمشق …»), or -1.
   */
  static int told(String text, int base, Words w, int from, int to) {
    int colon = start(text, base, w, from, to);
    if (colon >= 0) {
      return colon;
    }
    List<String> keys = w.keys();
    for (int k = from; k + 1 < to; k++) {
      String key = keys.get(k);
      boolean says =
          SAYS.contains(key)
              || k > from && SAYS_WITH.contains(keys.get(k - 1)) && LIGHT.contains(key);
      int next = k + 1 < to && AUX.contains(keys.get(k + 1)) ? k + 2 : k + 1;
      if (says && next + 1 < to && keys.get(next).equals(THAT)) {
        return next + 1;
      }
    }
    return -1;
  }

  /**
   * Whether a mention is said after the word {@code first}: all of the saying, or all but its head
   * when {@code head} may be the speaker's state.
   */
  static boolean said(Words w, int first, Span m, boolean head) {
    return first >= 0 && (head ? m.start() > w.starts()[first] : m.start() >= w.starts()[first]);
  }

  /**
   * Whether the speaker is unplaced: the countries read so far are named after a preposition, the
   * counterpart's or the destination's («کورشات توزمن که در دیدار با وزیر مسکن ایران سخن می‌گفت»,
   * «به چین سفر کرده است، در دیدار با رییس جمهور این کشور»); then the state a saying opens with may
   * be the speaker's. A speaker placed by the clause («وزیر خارجه هلند در دیدار با …») has no such
   * head.
   */
  static boolean speakerUnplaced(Words w, List<Span> own, Set<String> countries) {
    for (Span m : own) {
      String id =
          m.type() == Entity.Type.PERSON && m.country() != null
              ? Parties.countryId(m.country())
              : m.id();
      if (countries.contains(id) && !inAPhrase(w, w.indexOf(m.start()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a mention is the counterpart in the words that frame a saying the clause is in («خرازی
   * در کنفرانس مطبوعاتی مشترک با وزیر امور خارجه هند گفت: … تهران این سند را امضا خواهد کرد»): the
   * speaker met them, they take no part in what is said; {@code saying} is the saying's first word,
   * or -1 when the clause is said by no one.
   */
  static boolean framing(Words w, int saying, Span m, List<Span> mentions) {
    return saying >= 0 && m.start() < w.starts()[saying] && listedInAPhrase(w, m, mentions);
  }

  /**
   * Whether a preposition opens the phrase of the mention, within a role's words, the names listed
   * before it in the phrase not counted («از آلمان، سوئیس، ایتالیا، … هلند و انگلیس»).
   */
  private static boolean listedInAPhrase(Words w, Span m, List<Span> mentions) {
    int left = WITHIN;
    for (int k = w.indexOf(m.start()) - 1; k >= 0 && left > 0; k--) {
      String key = w.keys().get(k);
      if (PREPOSITIONS.contains(key)) {
        return true;
      }
      if (Clause.verb(key)) {
        return false;
      }
      if (!key.equals("و") && !named(w, k, mentions)) {
        left--;
      }
    }
    return false;
  }

  private static boolean named(Words w, int k, List<Span> mentions) {
    int at = w.starts()[k];
    return mentions.stream().anyMatch(n -> n.start() <= at && at < n.end());
  }

  /** Whether a preposition opens the phrase of the word at {@code i}, within a role's words. */
  private static boolean inAPhrase(Words w, int i) {
    for (int k = i - 1; k >= Math.max(0, i - WITHIN); k--) {
      if (PREPOSITIONS.contains(w.keys().get(k))) {
        return true;
      }
      if (Clause.verb(w.keys().get(k))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> PREPOSITIONS =
      EventContext.folded("با", "به", "از", "نزد", "برای", "همراه");

  /** How far back a counterpart's «با» is looked for: «با معاون وزیر امور خارجه ژاپن». */
  private static final int WITHIN = 6;

  private static boolean colonAfter(String text, int base, Words w, int k) {
    int from = Math.max(0, Math.min(w.starts()[k] - base, text.length()));
    int to = Math.max(from, Math.min(w.starts()[k + 1] - base, text.length()));
    String between = text.substring(from, to);
    return between.indexOf(':') >= 0 || between.indexOf('：') >= 0;
  }
}
