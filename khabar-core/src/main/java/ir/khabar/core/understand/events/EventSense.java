package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Whether a reporting word tells an encounter, not a noun in another sense: negotiation as a topic,
 * hope, call or condition («موضوع مذاکره»، «به امید مذاکره»، «خواستار گفتگو»), a name or concept
 * («مرکز جهانی گفتگو»، «گفتگوی تمدن‌ها»), an encounter told before («در این دیدار»), or «استقبال»
 * as a welcome given to a thing («استقبال مردم از نمایشگاه») rather than to a guest, or «وارد» that
 * names no place.
 */
final class EventSense {
  /** Words that make the encounter told before: «در این دیدار». */
  static final Set<String> ANAPHORA = EventContext.folded("این", "آن", "همین", "همان");

  /** What a «گفتگو» of ideas is between, or a scholars' one: «گفتگوی تمدن‌ها», «گفت‌وگوی علمی». */
  private static final Set<String> CONCEPTS =
      EventContext.folded(
          "تمدنها", "تمدن\u200cها", "ادیان", "فرهنگها", "فرهنگ\u200cها", "ملی", "علمی");

  /**
   * What makes a trip a holiday, a pilgrimage or an official's round at home, not a visit: «سفرهای
   * نوروزی», «سفر زیارتی», «سفر حج», «سفر استانی», «ملاقات مردمی» (an audience for the public).
   */
  private static final Set<String> PRIVATE_TRIPS =
      EventContext.folded(
          "نوروزی",
          "زیارتی",
          "تفریحی",
          "سیاحتی",
          "توریستی",
          "گردشگری",
          "تابستانی",
          "دانشجویی",
          "حج",
          "عمره",
          "خانوادگی",
          "استانی",
          "مردمی");

  /** What a private trip is for: study, treatment, pilgrimage, rest. */
  private static final Set<String> PRIVATE_ENDS =
      EventContext.folded(
          "تحصیل", "درمان", "معالجه", "زیارت", "تفریح", "استراحت", "سیاحت", "گردش", "تعطیلات");

  /** Words that open what a trip is for: «برای», «جهت», «به منظور». */
  private static final Set<String> FOR = EventContext.folded("برای", "جهت", "منظور");

  /**
   * Whether a trip's clause says it is for private ends («برای ادامه تحصیل به آمریکا عزیمت کرده»,
   * «برای معالجه به آلمان رفت»): a traveller's own affair, no visit between states.
   */
  private static boolean forPrivateEnds(List<String> keys, int i, Clause clause) {
    if (EventWords.typeAt(keys, i) != Event.Type.VISIT) {
      return false;
    }
    for (int k = clause.from(); k < clause.to(); k++) {
      if (FOR.contains(keys.get(k))) {
        for (int j = k + 1; j <= Math.min(k + 2, clause.to() - 1); j++) {
          if (PRIVATE_ENDS.contains(keys.get(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Attitudes to an encounter, told after it: «به مذاکره پایبندیم», «به گفتگو علاقه‌مندند». */
  private static final Set<String> ATTITUDES =
      EventContext.folded(
          "پایبند", "متعهد", "علاقهمند", "علاقه\u200cمند", "مخالف", "موافق", "معتقد");

  private static final Set<String> WELCOME = EventContext.folded("استقبال", "پذیرای");

  /**
   * «آیا»: a clause it opens asks whether («که آیا ایران در نشست … حضور می‌یابد»), tells nothing.
   */
  private static final String WHETHER = EventContext.folded("آیا").iterator().next();

  private EventSense() {}

  /**
   * Whether the reporting word at {@code i} tells an encounter; {@code partyAt} says whether a
   * person or country is named at a word, {@code clause} is the word's clause.
   */
  static boolean encounter(List<String> keys, int i, Clause clause, IntFunction<Span> named) {
    if (!Signings.sealed(keys, i, clause) || Letters.signed(keys, i, clause)) {
      return false; // «درباره اجرای توافق‌نامه …»: a treaty talked about, no signing
    }
    if (i > 0 && ANAPHORA.contains(keys.get(i - 1)) || retold(keys, i)) {
      return false;
    }
    if (EventWords.satDown(keys, i, clause)) {
      return false; // «… با انتخاب جانشین ایشان نگرانی‌ها فرو نشست»: the verb, not a meeting
    }
    if (asked(keys, i) || keys.subList(clause.from(), i).contains(WHETHER)) {
      return false; // «در پاسخ به سئوالی که از رایزنی‌های آمریکا با ژاپن حاکی است گفت»
    }
    if (described(keys, i, clause) && !Underway.told(keys, i, clause)) {
      return false; // «مذاکرات هسته‌ای برای ایران و اروپا مورد توجه است»
    }
    if (Frames.framed(keys, i)
        || Options.listed(keys, i)
        || Frames.invitedFor(keys, i, clause)
        || BodyNames.named(keys, i)
        || Judged.judged(keys, i, clause, named)) {
      return false; // «موضوع مذاکره», «شورای گفت و گوی ملی عراق»
    }
    int next = EventWords.talkEnd(keys, i); // «گفت وگوی علمی»: after the word written apart
    if (next < keys.size()
        && (CONCEPTS.contains(keys.get(next)) || PRIVATE_TRIPS.contains(keys.get(next)))) {
      return false; // «گفتگوی تمدن‌ها», «سفرهای نوروزی»
    }
    if (forPrivateEnds(keys, i, clause) || Smuggled.entered(keys, i, clause)) {
      return false; // «برای ادامه تحصیل به آمریکا عزیمت کرده است»
    }
    if (i + 1 < keys.size() && ATTITUDES.stream().anyMatch(keys.get(i + 1)::startsWith)) {
      return false; // «به مذاکره پایبندیم»
    }
    if (Gatherings.multilateral(keys, i, named) || Gatherings.tripTo(keys, i, clause, named)) {
      return false;
    }
    if (tour(keys, i, clause, named)) {
      return false;
    }
    if (keys.get(i).equals("وارد")) {
      return arrives(keys, i, named);
    }
    if (EventPlace.GOING.contains(keys.get(i))) {
      return goesTo(keys, i, named)
          || i + 2 < keys.size() && keys.get(i + 1).equals("به") && place(named.apply(i + 2));
    }
    if (HEADING.contains(keys.get(i))) {
      return headsFor(keys, i, named);
    }
    return !WELCOME.contains(keys.get(i)) || welcomesAGuest(keys, clause, named);
  }

  /**
   * «در این دیدار … با آقای لاریجانی گفتگوهایی صورت گرفت»: talks or a meeting in a sentence that
   * places itself in a meeting told before («در این دیدار», not «پس از این دیدار») are what was
   * done in it, not another encounter.
   */
  private static boolean retold(List<String> keys, int i) {
    if (!retelling(EventWords.typeAt(keys, i))) {
      return false;
    }
    for (int k = 1; k + 1 < i; k++) {
      if (keys.get(k - 1).equals("در")
          && ANAPHORA.contains(keys.get(k))
          && retelling(EventWords.typeAt(keys, k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean retelling(Event.Type t) {
    return t == Event.Type.MEET || t == Event.Type.TALKS;
  }

  private static final Set<String> QUESTIONS =
      EventContext.folded(
          "سئوال", "سئوالی", "سوال", "سوالی", "سؤال", "سؤالی", "پرسش", "پرسشی", "پرسید");

  /** Words that open what a question asks: «سئوالی که …», «سئوالی مبنی بر …», «سئوالی درباره …». */
  private static final Set<String> ON_WHAT =
      EventContext.folded("که", "مبنی", "درباره", "پیرامون", "در", "راجع");

  /**
   * Whether the encounter is what a question asks about: a question whose content opens before it
   * and a verb of saying after it («در پاسخ به سئوال دیگری که از رایزنی‌های آمریکا با ژاپن حاکی است
   * گفت: …»). The answer says what it will; the question tells no encounter. A question that does
   * not open on its content («در پاسخ به سئوال خبرنگاران پس از دیدار با … گفت») leaves the
   * encounter told.
   */
  private static boolean asked(List<String> keys, int i) {
    boolean question = false;
    for (int k = 0; k + 1 < i && !question; k++) {
      question =
          QUESTIONS.contains(keys.get(k))
              && (ON_WHAT.contains(keys.get(k + 1))
                  || k + 2 < i && ON_WHAT.contains(keys.get(k + 2)));
    }
    if (!question) {
      return false;
    }
    for (int k = i + 1; k < keys.size(); k++) {
      if (EventWords.typeAt(keys, k) == Event.Type.STATEMENT) {
        return true;
      }
    }
    return false;
  }

  /** Copulas: a clause that ends in one alone describes its subject («… مورد توجه است»). */
  private static final Set<String> COPULAS =
      EventContext.folded("است", "هست", "هستند", "می\u200cباشد", "می\u200cباشند");

  /** Words that make a described encounter one under way or counted: «در جریان است», «نخستین». */
  private static final Set<String> TOLD_ANYWAY =
      EventContext.folded("جریان", "حال", "ادامه", "نخستین", "اولین", "آخرین");

  /**
   * Whether the encounter's noun is only described: its clause's verb is a bare copula after it
   * («مذاکرات هسته‌ای برای ایران و اروپا مورد توجه و دارای منفعت است»), not a verb that tells it,
   * nor talks under way («در جریان است») or counted («نخستین سفر … است», «دومین دیدار»).
   */
  private static boolean described(List<String> keys, int i, Clause clause) {
    int v = clause.verb();
    if (v <= i + 1 || clause.to() - v != 1 || !COPULAS.contains(keys.get(v))) {
      return false;
    }
    String before = keys.get(v - 1);
    if (before.endsWith("ته") || before.endsWith("ده")) {
      return false; // a participle: «گفته است», «برانگیخته است» tell what happened
    }
    for (int k = clause.from(); k < clause.to(); k++) {
      String key = keys.get(k);
      if (TOLD_ANYWAY.contains(key) && !Underway.purpose(keys, k)
          || key.length() > 3 && key.endsWith("مین")) {
        return false;
      }
    }
    return true;
  }

  /**
   * «وارد صنعا شد», «به تهران وارد شد»: an arrival names where; «خسارت وارد شد», «وارد کرد» (to
   * import) do not.
   */
  private static boolean arrives(List<String> keys, int i, IntFunction<Span> named) {
    if (headsFor(keys, i, named)) {
      return true;
    }
    boolean done = i + 1 < keys.size() && keys.get(i + 1).startsWith("شد");
    return done && (place(named.apply(i - 1)) || place(named.apply(i - 2)));
  }

  /**
   * «به مسکو رفت», «به شهر دوشنبه رفته بود»: going is a visit only to a named place or country
   * right before the verb; «از بین رفت», «به شمار رفت» name none.
   */
  private static boolean goesTo(List<String> keys, int i, IntFunction<Span> named) {
    for (int k = Math.max(1, i - 4); k < i; k++) {
      String before = keys.get(k - 1);
      boolean to =
          before.equals("به")
              || PLACE_WORDS.contains(before) && k > 1 && keys.get(k - 2).equals("به");
      if (to && place(named.apply(k))) {
        return true;
      }
    }
    return false;
  }

  /** «رهسپار مسکو شد», «راهی تهران شد»: setting out, a visit only towards a named place. */
  private static final Set<String> HEADING = EventContext.folded("رهسپار", "راهی");

  private static boolean headsFor(List<String> keys, int i, IntFunction<Span> named) {
    return place(named.apply(i + 1))
        || i + 2 < keys.size()
            && PLACE_WORDS.contains(keys.get(i + 1))
            && place(named.apply(i + 2));
  }

  private static final Set<String> PLACE_WORDS =
      EventContext.folded("شهر", "پایتخت", "بندر", "کشور");

  private static boolean place(Span m) {
    return type(m) == Entity.Type.PLACE || type(m) == Entity.Type.COUNTRY;
  }

  private static Entity.Type type(Span m) {
    return m == null ? null : m.type();
  }

  /**
   * A person or country named within a few words after «از»: «از لاوروف», «از همتای روس خود», «از
   * وزیر امور خارجه روسیه».
   */
  private static boolean guestAfter(
      List<String> keys, int from, Clause clause, IntFunction<Span> named) {
    int last = from + 1 < clause.to() && Offices.names(keys.get(from + 1)) ? from + 5 : from + 1;
    for (int k = from + 1; k <= Math.min(clause.to() - 1, last); k++) {
      Entity.Type t = type(named.apply(k));
      if (t == Entity.Type.PERSON || t == Entity.Type.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a clause's phrases: the last before a «دیدار» says what it is with. */
  private static final Set<String> PHRASE_HEADS =
      EventContext.folded("از", "با", "به", "در", "برای", "میان", "بین");

  /**
   * «از مناطق توفان‌زده دیدار کرد»: a «دیدار از» a place that is no person or country is a tour,
   * not an encounter («پس از دیدار با …» is one, and so is one whose clause names whom it is with).
   */
  private static boolean tour(List<String> keys, int i, Clause clause, IntFunction<Span> named) {
    if (EventWords.typeAt(keys, i) != Event.Type.MEET) {
      return false;
    }
    for (int k = i - 1; k >= clause.from(); k--) {
      if (keys.get(k).equals("که")) {
        return false; // «از بغداد استراو که سرگرم دیدار …»: the phrase before is the main clause's
      }
      if (afterTime(keys, k)) {
        continue; // «پس از انجام دیدار با …»: a time, not what the «دیدار» is of
      }
      if (PHRASE_HEADS.contains(keys.get(k))) {
        return k < i - 1
            && keys.get(k).equals("از")
            && !guestAfter(keys, k, clause, named)
            && !metBefore(keys, k, clause, named);
      }
    }
    return false;
  }

  /**
   * Whether the clause names whom the encounter is with before the «از» phrase: «مسئولان ارشد
   * انگلستان … با مقام‌های دولت ایران … جهت جلوگیری از ورشکستگی شرکت روور ملاقات کردند» is a
   * meeting, the «از» phrase its purpose's.
   */
  private static boolean metBefore(
      List<String> keys, int k, Clause clause, IntFunction<Span> named) {
    for (int j = clause.from(); j < k; j++) {
      if (keys.get(j).equals("با") && guestAfter(keys, j, clause, named)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «از همتای روس خود استقبال کرد»: the welcome is given to a person or country; not one that opens
   * a range («دولت‌های منطقه از مکزیک تا آرژانتین از اصلاحات … استقبال می‌کردند»).
   */
  private static boolean welcomesAGuest(List<String> keys, Clause clause, IntFunction<Span> named) {
    for (int k = clause.from(); k + 1 < clause.to(); k++) {
      if (keys.get(k).equals("از")
          && !afterTime(keys, k)
          && guestAfter(keys, k, clause, named)
          && !range(keys, k, clause)) {
        return true;
      }
    }
    return false;
  }

  /** Words that make the «از» after them a time's: «پس از سوریه … پذیرای آوارگان», no guest. */
  private static final Set<String> TIME_BEFORE_FROM =
      EventContext.folded("پس", "پیش", "قبل", "بعد");

  /** Whether word k is the «از» of a time: «پس از», «پیش از», «قبل از», «بعد از». */
  private static boolean afterTime(List<String> keys, int k) {
    return k > 0 && keys.get(k).equals("از") && TIME_BEFORE_FROM.contains(keys.get(k - 1));
  }

  /** Whether the «از» at {@code from} opens «از X تا Y», X of three words at most. */
  private static boolean range(List<String> keys, int from, Clause clause) {
    for (int k = from + 2; k <= Math.min(clause.to() - 1, from + 4); k++) {
      if (keys.get(k).equals("تا")) {
        return true;
      }
    }
    return false;
  }
}
