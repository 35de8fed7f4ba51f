package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import ir.khabar.core.understand.WordSet;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Gatherings of many states or of an organisation («اجلاس سران ناتو», «مذاکرات شش‌جانبه»), and
 * trips to them: recorded apart from encounters between two parties, whose meetings on the
 * sidelines are read from their own words.
 */
final class Gatherings {
  private Gatherings() {}

  /** How many states make a gathering or an accord multilateral (the event guideline's five). */
  static final int MANY_STATES = 5;

  /**
   * Whether an encounter, once split into one per counterpart, still names {@link #MANY_STATES}
   * states or more as parties and no one by name: «موافقتنامه‌ای میان دولت‌های بولیوی، برزیل،
   * کلمبیا، …», a declaration signed by the foreign ministers of eight states. It is multilateral,
   * as a meeting of five states is, and recorded apart. A named person among many states is on a
   * tour («ظریف … سفرشان را از آذربایجان شروع کرد و سپس به ارمنستان، گرجستان، مسکو، ترکیه»): his
   * visits, kept.
   */
  static boolean ofManyStates(Draft d) {
    return d.countries().size() >= MANY_STATES && !d.hasPerson() || visitOfMany(d);
  }

  /**
   * A visit is the visitor's and the host's: one still naming three states or more once split is a
   * delegation to a gathering or a list of visitors whose host is not told («سفر وزرای انرژی هند،
   * کره جنوبی و نروژ»), no visit between two sides.
   */
  private static boolean visitOfMany(Draft d) {
    return d.type == Event.Type.VISIT && d.countries().size() > 2 && !d.hasPerson();
  }

  /**
   * «اجلاس سران ناتو», «نشست کشورهای عضو …»: a gathering of an organisation or of many states,
   * recorded apart from encounters (bilateral meetings on its sidelines are read from their own
   * words).
   */
  static boolean multilateral(List<String> keys, int i, IntFunction<Span> named) {
    return byOwnWords(keys, i, named) || toldBefore(keys, i, named);
  }

  /** Whether the words at and after the gathering word at {@code i} make it a multilateral one. */
  private static boolean byOwnWords(List<String> keys, int i, IntFunction<Span> named) {
    if (manySided(keys, i) || withOthersOf(keys, i, named)) {
      return true;
    }
    if (!GATHERINGS.contains(EventWords.stem(keys.get(i)))) {
      return false;
    }
    if (Recurring.session(keys, i)) {
      return true;
    }
    for (int k = i + 1; k < Math.min(keys.size(), i + 6); k++) {
      Span m = named.apply(k);
      if (MANY.contains(keys.get(k)) || m != null && m.kind().equals("international")) {
        return true;
      }
      if (THIS.contains(keys.get(k - 1)) && BODIES.contains(keys.get(k))) {
        return true; // «برای شرکت در اجلاس این سازمان»: the organisation told before
      }
    }
    return false;
  }

  /**
   * Whether the sentence named the same gathering before as one of many («نشست سران اتحادیه عرب را
   * … ترک کرد … در برنامه کار نشست»): told again bare, it is that gathering.
   */
  private static boolean toldBefore(List<String> keys, int i, IntFunction<Span> named) {
    String stem = EventWords.stem(keys.get(i));
    if (!GATHERINGS.contains(stem)) {
      return false;
    }
    // the first telling of a chain is multilateral by its own words: no need to follow the chain
    for (int k = 0; k < i; k++) {
      if (EventWords.stem(keys.get(k)).equals(stem) && byOwnWords(keys, k, named)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «برای حضور در نشست … کشورهای عضو … سفر کرده»: a trip to a gathering of many states is no visit
   * to its host; the meetings on its sidelines are read from their own words.
   */
  static boolean tripTo(List<String> keys, int i, Clause clause, IntFunction<Span> named) {
    if (!keys.get(i).startsWith("سفر") && !keys.get(i).equals("عازم")) {
      return false;
    }
    for (int k = clause.from(); k + 2 < clause.to(); k++) {
      if (ATTENDING.contains(keys.get(k))
          && keys.get(k + 1).equals("در")
          && (multilateral(keys, k + 2, named) || international(keys, k + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «نشست شبکه بین‌المللی سیاست‌های فرهنگی», «کنفرانس بین‌المللی انرژی»: a gathering its own name
   * calls international is of many states, wherever it sits; a trip to it is no visit to its host.
   */
  private static boolean international(List<String> keys, int i) {
    if (!MEETINGS.contains(EventWords.stem(keys.get(i)))) {
      return false;
    }
    for (int k = i + 1; k < Math.min(keys.size(), i + 4); k++) {
      if (WORLDWIDE.contains(keys.get(k))
          || WORLDWIDE.containsJoined(keys.get(k - 1), keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Gatherings a trip may be made to attend. */
  private static final Set<String> MEETINGS =
      EventContext.folded("نشست", "اجلاس", "کنفرانس", "همایش", "کنگره", "اجلاسیه");

  private static final WordSet WORLDWIDE =
      EventContext.foldedSet("بین\u200cالمللی", "بینالمللی", "جهانی");

  /**
   * «مذاکرات شش‌جانبه», «نشست گروه هشت»: talks of many sides or a group of states, named within a
   * few words after the reporting word.
   */
  private static boolean manySided(List<String> keys, int i) {
    for (int k = i + 1; k < Math.min(keys.size(), i + 5); k++) {
      String key = keys.get(k);
      if (MANY_SIDED.contains(key)
          || key.equals("گروه") && k + 1 < keys.size() && GROUP_SIZES.contains(keys.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «در مذاکرات غیر رسمی با رامسفلد ودیگر وزیران دفاع ناتو»: one named with the others of an
   * organisation of states is a gathering of its members, not a meeting of two. «با پوتین و دیگر
   * مقامات روسیه» names no organisation and stays a meeting.
   */
  private static boolean withOthersOf(List<String> keys, int i, IntFunction<Span> named) {
    for (int k = i + 1; k < Math.min(keys.size(), i + OTHERS_REACH); k++) {
      String key = keys.get(k);
      if (Clause.verb(key)) {
        return false;
      }
      boolean others =
          OTHERS.contains(key) && keys.get(k - 1).equals("و")
              || key.startsWith("و") && OTHERS.contains(key.substring(1));
      if (others) {
        for (int j = k + 1; j < Math.min(keys.size(), k + 5); j++) {
          Span m = named.apply(j);
          if (m != null && m.kind().equals("international")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static final int OTHERS_REACH = 8;

  private static final Set<String> OTHERS = EventContext.folded("دیگر", "سایر");

  private static final Set<String> MANY_SIDED =
      EventContext.folded(
          "چندجانبه",
          "پنججانبه",
          "ششجانبه",
          "هفتجانبه",
          "هشتجانبه",
          "گروه\u200cهشت",
          "جی\u200cهشت");

  private static final Set<String> GROUP_SIZES =
      EventContext.folded("هشت", "بیست", "۸", "8", "۲۰", "20", "۷۷", "77", "پنج", "شش", "۵+۱");

  private static final Set<String> ATTENDING = EventContext.folded("حضور", "شرکت");

  private static final Set<String> GATHERINGS = EventContext.folded("نشست", "اجلاس");

  /** «این سازمان»: an organisation told before, whose gathering this is. */
  private static final Set<String> THIS = EventContext.folded("این", "آن");

  private static final Set<String> BODIES =
      EventContext.folded("سازمان", "اتحادیه", "پیمان", "جنبش", "شورای", "مجمع");

  private static final Set<String> MANY =
      EventContext.folded("کشورهای", "عضو", "اعضای", "سران", "رهبران");
}
