package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an event happened: a place after «در» (past a word such as شهر or پایتخت), a visit's
 * destination («سفر … به X», «عازم X», «وارد X»), a destination country's capital, or else the
 * article's dateline («به گزارش … از مشهد»).
 */
final class EventPlace {
  /**
   * Words between «در» or «به» and a place: «در شهر نیویورک», «در کشور آلمان» (where a firm is, as
   * «در آلمان» would be), «به کشور هند».
   */
  private static final Set<String> BEFORE_PLACE =
      EventContext.folded("شهر", "پایتخت", "بندر", "کشور");

  private static final Set<String> ARRIVAL = EventContext.folded("عازم", "وارد", "رهسپار", "راهی");
  private static final Set<String> RETURN =
      EventContext.folded("بازگشت", "برگشت", "مراجعت", "بازگشتند", "برگشتند", "بازگشته");

  /** Verbs of going told after the destination: «به مسکو رفت». */
  static final Set<String> GOING =
      EventContext.folded("رفت", "رفتند", "رفته", "رفته\u200cاند", "عزیمت");

  private EventPlace() {}

  /** The word before a mention, past one of شهر/پایتخت/کشور, or "" at the start. */
  static String wordBefore(Words w, Span s) {
    int i = w.indexOf(s.start()) - 1;
    if (i >= 0 && BEFORE_PLACE.contains(w.keys().get(i)) && i > 0) {
      i--;
    }
    return i < 0 ? "" : w.keys().get(i);
  }

  /** Words that make «در X» part of an office (سفیر ژاپن در ایران), not where something happens. */
  private static final Set<String> POSTED =
      EventContext.folded("سفیر", "سفارت", "نماینده", "کاردار");

  /** Whether a mention is where the event is: «در X», not «سفیر ژاپن در X». */
  static boolean at(Words w, Span s) {
    return wordBefore(w, s).equals("در") && !postedAt(w, s);
  }

  /** Whether a mention is a route: «از طریق قاهره وارد دمشق شد» passed through Cairo. */
  static boolean via(Words w, Span s) {
    return wordBefore(w, s).equals("طریق");
  }

  /**
   * Whether a mention is where a paper is printed: «روزنامه الشرق الاوسط چاپ لندن», «الحیات چاپ
   * لندن» name no party and no place.
   */
  static boolean printed(Words w, Span s) {
    return w.keyBefore(s.start()).equals("چاپ");
  }

  /** Words that make a trip the time of something else: «قبل از سفر», «پس از سفر». */
  private static final Set<String> BEFORE_AFTER = EventContext.folded("قبل", "پیش", "پس", "بعد");

  /**
   * Whether a mention is the destination of a trip told as a time («قبل از سفر به سوریه», «پس از
   * سفر به مسکو», «در آستانه سفر به چین»): the trip dates another encounter, whose party it is not.
   */
  static boolean tripInTime(Words w, Span s) {
    if (!w.keyBefore(s.start()).equals("به")) {
      return false;
    }
    int i = w.indexOf(s.start());
    for (int k = i - 2; k >= Math.max(2, i - 6); k--) {
      String key = w.keys().get(k);
      if (key.startsWith("سفر")) {
        String one = w.keys().get(k - 1);
        return one.equals("از") && BEFORE_AFTER.contains(w.keys().get(k - 2))
            || one.equals("آستانه");
      }
    }
    return false;
  }

  /** Whether a mention is where an envoy is posted: «سفیر ژاپن در X». */
  static boolean posted(Words w, Span s) {
    return wordBefore(w, s).equals("در") && postedAt(w, s);
  }

  private static boolean postedAt(Words w, Span s) {
    int i = w.indexOf(s.start());
    for (int k = Math.max(0, i - 4); k < i - 1; k++) {
      if (POSTED.contains(w.keys().get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «ملاقات آنکارا», «نشست ژنو»: a capital right after an encounter's word names where it was held,
   * no side of it; two capitals paired («مذاکرات تهران و واشنگتن») are its sides.
   */
  static boolean heldIn(Words w, Span s) {
    int i = w.indexOf(s.start());
    if (i < 1) {
      return false;
    }
    Event.Type before = EventWords.typeAt(w.keys(), i - 1);
    if (before != Event.Type.MEET && before != Event.Type.TALKS) {
      return false; // «وارد تهران», «راهی بروکسل»: where a visit goes is its host
    }
    int next = w.indexOf(s.end() - 1) + 1;
    return next >= w.keys().size() || !PAIRED.contains(w.keys().get(next));
  }

  /** Words that pair a capital with another: «مذاکرات تهران و واشنگتن», «تهران - واشنگتن». */
  private static final Set<String> PAIRED = EventContext.folded("و", "-", "–");

  /**
   * Whether a mention is a visit's destination: «سفر … به X», «عازم X», «وارد X», «دیدار از X», «از
   * X دیدن کرد».
   */
  static boolean destination(Words w, Span s) {
    String before = wordBefore(w, s);
    if (ARRIVAL.contains(before)) {
      return true;
    }
    if (before.equals("از")) {
      return visited(w, s);
    }
    if (DestinationLists.item(w, w.indexOf(s.start()), w.indexOf(s.end() - 1))) {
      return true; // «به ورشو و سپس اسرائیل سفر کرد»
    }
    if (!before.equals("به")) {
      return false;
    }
    int i = w.indexOf(s.start());
    int last = Math.min(w.keys().size(), w.indexOf(s.end() - 1) + 3);
    for (int k = w.indexOf(s.end() - 1) + 1; k < last; k++) {
      if (RETURN.contains(w.keys().get(k))) {
        return false; // «به تهران بازگشت»: home, not where the visit went
      }
      if (k == w.indexOf(s.end() - 1) + 1 && GOING.contains(w.keys().get(k))) {
        return true;
      }
    }
    for (int k = Math.max(0, i - 10); k < last; k++) {
      if (w.keys().get(k).startsWith("سفر") && tripAfter(w.keys(), k)) {
        return false; // «در دیدار با اسپکتر پیش از سفر وی به سوریه»: the trip comes after
      }
      if (w.keys().get(k).startsWith("سفر") || k == i - 2 && GOING.contains(w.keys().get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Visits named after «از»: «دیدار کوتاهی از بغداد», «بازدید از دمشق», «از قاهره دیدن کرد». */
  private static final Set<String> SEEING = EventContext.folded("دیدار", "دیداری", "بازدید");

  private static final Set<String> SEEN = EventContext.folded("دیدن", "بازدید");

  /**
   * Whether the place after «از» is one a visit saw: a visit's word just before, or «دیدن» after.
   */
  private static boolean visited(Words w, Span s) {
    int i = w.indexOf(s.start());
    for (int k = Math.max(0, i - 4); k < i - 1; k++) {
      if (SEEING.contains(w.keys().get(k))) {
        return true;
      }
    }
    int after = w.indexOf(s.end() - 1) + 1;
    return after < w.keys().size() && SEEN.contains(w.keys().get(after));
  }

  private static final Set<String> HOSTING = EventContext.folded("میزبان", "میزبانی");

  /** Words of the day that may stand between a city and its hosting: «پکن امروز شنبه میزبان». */
  private static final Set<String> DAY_WORDS =
      EventContext.folded(
          "امروز",
          "دیروز",
          "فردا",
          "امشب",
          "روز",
          "شنبه",
          "یکشنبه",
          "دوشنبه",
          "سه\u200cشنبه",
          "چهارشنبه",
          "پنجشنبه",
          "پنج\u200cشنبه",
          "جمعه",
          "نیز",
          "هم");

  /** Whether a city is told hosting: «پکن امروز شنبه میزبان نشست دو جانبه …». */
  static boolean hosts(Words w, Span s) {
    for (int k = w.indexOf(s.end() - 1) + 1; k < w.keys().size(); k++) {
      String key = w.keys().get(k);
      if (HOSTING.contains(key)) {
        return true;
      }
      if (!DAY_WORDS.contains(key)) {
        return false;
      }
    }
    return false;
  }

  /** The place of one sentence's event, or null. */
  static Event.Actor of(Words w, List<Span> mentions) {
    Event.Actor country = null;
    for (Span s : mentions) {
      boolean place = s.type() == Entity.Type.PLACE && !WIDE.contains(s.kind());
      if (place && (at(w, s) || destination(w, s) || hosts(w, s))) {
        return actor(s);
      }
      if (country == null && s.type() == Entity.Type.COUNTRY && s.isName() && destination(w, s)) {
        country = capital(s.id());
      }
    }
    return country;
  }

  /**
   * A third country the encounter was held in, told right after its sides: «دیدار … رؤسای جمهور
   * ایران و روسیه در ترکمنستان»; or null. Only a country no side belongs to, after «در» that
   * follows one of the encounter's own actors («در عراق» after a matter, «سفیر … در ایران» are no
   * place).
   */
  static Event.Actor thirdCountry(Words w, List<Span> mentions, Draft d) {
    if (d.type == Event.Type.STATEMENT) {
      return null;
    }
    Set<String> sides = d.countries();
    for (Span s : mentions) {
      if (s.type() != Entity.Type.COUNTRY || !s.isName() || !at(w, s) || posted(w, s)) {
        continue;
      }
      String id = Counterparts.countryOf(s);
      int before = w.indexOf(s.start()) - 2; // the word before «در», past «دیروز», «نیز» …
      while (before > 0 && DAY_WORDS.contains(w.keys().get(before))) {
        before--;
      }
      if (!sides.contains(id) && before >= 0 && actorEndsAt(w, mentions, d, before)) {
        return actor(s);
      }
    }
    return null;
  }

  /**
   * Whether one of the encounter's sides ends at the word: a person («لاوروف در سوئیس»), or a
   * country listed with another side («ایران و روسیه در ترکمنستان»); a country alone before «در» is
   * where it acts («نیروهای آمریکا در عراق»).
   */
  private static boolean actorEndsAt(Words w, List<Span> mentions, Draft d, int word) {
    Span m = sideEndingAt(w, mentions, d, word);
    if (m == null || m.type() != Entity.Type.PERSON && m.type() != Entity.Type.COUNTRY) {
      return false;
    }
    int and = w.indexOf(m.start()) - 1;
    return m.type() == Entity.Type.PERSON
        || and > 0
            && w.keys().get(and).equals("و")
            && sideEndingAt(w, mentions, d, and - 1) != null;
  }

  /** The mention of one of the encounter's actors that ends at the word, or null. */
  private static Span sideEndingAt(Words w, List<Span> mentions, Draft d, int word) {
    for (Span m : mentions) {
      if (w.indexOf(m.end() - 1) == word && d.actors.containsKey(m.id())) {
        return m;
      }
    }
    return null;
  }

  /**
   * Kinds of place too wide to be where an encounter was: «در سفر به خاورمیانه … در منامه» met in
   * Manama, «کردستان عراق». Not provinces: «قم», «اصفهان» are read as theirs and are cities.
   */
  private static final Set<String> WIDE = Set.of("region");

  private static final Set<String> BEFORE = EventContext.folded("پیش", "قبل");

  /** Whether the trip word at {@code k} is told as coming after («پیش از سفر», «قبل از سفر»). */
  private static boolean tripAfter(List<String> keys, int k) {
    return k >= 2 && keys.get(k - 1).equals("از") && BEFORE.contains(keys.get(k - 2));
  }

  /**
   * Whether the article names the place: a capital stands in for a destination country while the
   * encounters are read and merged, but an event is placed only where the text says it was.
   */
  static boolean written(Event.Actor place, List<Span> mentions) {
    for (Span m : mentions) {
      if (m.id().equals(place.id())) {
        return true;
      }
    }
    return false;
  }

  /** The capital of a country by its id, as an actor, or null when none is known. */
  static Event.Actor capital(String countryId) {
    String iso = countryId.substring(countryId.indexOf('-') + 1);
    String id = "capital-" + iso.toLowerCase(Locale.ROOT);
    String name = EntityRecognizer.get().nameOf(id);
    return name == null ? null : new Event.Actor(id, name, Entity.Type.PLACE);
  }

  /**
   * The dateline's place: the first place after «از» in the article's first sentence, not a region
   * («… از شرق آسیا» is where a trip went, no wire's city), or null.
   */
  static Span dateline(Words w, List<Span> mentions) {
    for (Span s : mentions) {
      if (s.type() == Entity.Type.PLACE
          && !WIDE.contains(s.kind())
          && w.keyBefore(s.start()).equals("از")) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether a dateline can be where an encounter was: when it lies in one of the encounter's
   * countries, or its country is not known. A wire's city in a third country («به گزارش خبرگزاری
   * فرانسه از پاریس», then talks of the United States and Iran) says where the reporter was.
   */
  static boolean datelineFits(Span dateline, Draft d) {
    return inParty(dateline, d);
  }

  /**
   * Whether a place named after the encounter's clause can be where it was: not a trip's end in a
   * country none of its parties is («از کشورهای اردن، مصر و سوریه دیدن کرده است و امروز نیز سفر …
   * به لبنان را آغاز کرد»: Beirut is where the next trip went). A trip told before («… که به شهر
   * دوشنبه سفر کرده با همتایان پاکستانی … دیدار کرد») brought the visitor where the meeting was.
   */
  static boolean fitsAfter(Words w, Span s, Draft d) {
    return !destination(w, s) || inParty(s, d);
  }

  /**
   * Whether a place or country lies in one of the encounter's countries, or its country is unknown.
   */
  private static boolean inParty(Span s, Draft d) {
    String country =
        s.type() == Entity.Type.PLACE && s.country() != null
            ? Parties.countryId(s.country())
            : Counterparts.countryOf(s);
    return country == null || d.countries().contains(country);
  }

  static Event.Actor actor(Span s) {
    return new Event.Actor(s.id(), s.name(), s.type());
  }
}
