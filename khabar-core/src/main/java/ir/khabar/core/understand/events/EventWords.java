package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import ir.khabar.persian.text.SearchFolding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folded words that report each kind of {@link Event.Type}. Listed in the order a sentence is
 * tested: a signing reported in a meeting's sentence is a signing.
 */
enum EventWords {
  AGREEMENT(
      Event.Type.AGREEMENT,
      "امضا",
      "امضای",
      "تفاهمنامه",
      "تفاهمنامهای",
      "توافقنامه",
      "قرارداد",
      "توافق",
      "توافقات",
      "سندهمکاری",
      "اسنادهمکاری",
      "یادداشتتفاهم",
      "موافقتنامه",
      "منعقد",
      "توافقرسیدند",
      "توافقرسید",
      "توافقرسیدهاند",
      "توافقرسیده",
      "توافقرسیدیم",
      "توافقکردند",
      "توافقکرد",
      "توافقکرده",
      "توافقکردهاند",
      "توافقکردیم"),
  HOST(Event.Type.HOST, "میزبان", "میزبانی", "استقبال", "پذیرای", "حضورپذیرفت"),
  MEET(Event.Type.MEET, "دیدار", "ملاقات", "دیدارکرد", "نشست", "اجلاس", "احضار", "استوارنامه"),
  VISIT(
      Event.Type.VISIT,
      "سفر",
      "عازم",
      "وارد",
      "رفت",
      "رفتند",
      "رفته",
      "رفته\u200cاند",
      "عزیمت",
      "رهسپار",
      "راهی",
      "دیدنکرد",
      "دیدنکرده",
      "دیدنکردند",
      "دیدنکردهاند",
      "دیدنمیکند",
      "دیدنمیکنند"),
  TALKS(
      Event.Type.TALKS,
      "مذاکره",
      "مذاکرات",
      "گفتگو",
      "گفتوگو",
      "رایزنی",
      "کمیسیونمشترک",
      "نشستمشترک",
      "تماستلفنی",
      "تماسگرفت",
      "تماسگرفتند",
      "تماسگرفته",
      "تماسگرفتهاند",
      "تبادلنظر"),
  STATEMENT(
      Event.Type.STATEMENT,
      "گفت",
      "افزود",
      "اظهارداشت",
      "اظهارکرد",
      "اعلامکرد",
      "تاکیدکرد",
      "خاطرنشانکرد",
      "تصریحکرد",
      "یادآورشد");

  final Event.Type type;
  private final Set<String> triggers;

  EventWords(Event.Type type, String... triggers) {
    this.type = type;
    this.triggers =
        Stream.of(triggers).map(SearchFolding::fold).collect(Collectors.toUnmodifiableSet());
  }

  private static final Map<String, EventWords> BY_TRIGGER = new HashMap<>();

  /**
   * First words of the two-word triggers (وارد شد، دیدار کرد): only after these is a pair joined.
   */
  private static final Set<String> PAIR_STARTS =
      Stream.of(
              "دیدار",
              "دیدن",
              "حضور",
              "تماس",
              "تفاهم",
              "توافق",
              "تبادل",
              "کمیسیون",
              "نشست",
              "سند",
              "اسناد",
              "یادداشت",
              "اظهار",
              "اعلام",
              "تاکید",
              "خاطرنشان",
              "تصریح",
              "یادآور")
          .map(SearchFolding::fold)
          .collect(Collectors.toUnmodifiableSet());

  static {
    for (EventWords t : values()) {
      t.triggers.forEach(w -> BY_TRIGGER.putIfAbsent(w, t));
    }
  }

  /**
   * The first type (in declaration order) whose words the sentence holds, as single words or two
   * joined; or null.
   */
  static Event.Type of(List<String> keys) {
    return of(keys, i -> true);
  }

  /**
   * The first type whose words the sentence holds at a word {@code counts} accepts (an interview's
   * «گفت‌وگو با خبرنگار» is no talks); or null.
   */
  static Event.Type of(List<String> keys, IntPredicate counts) {
    int at = at(keys, counts);
    return at < 0 ? null : at(keys, at).type;
  }

  /**
   * Where the reporting word {@link #of(List, java.util.function.IntPredicate)} reads is, or -1.
   */
  static int at(List<String> keys, IntPredicate counts) {
    return at(keys, 0, keys.size(), counts);
  }

  /**
   * As {@link #at(List, IntPredicate)}, among the words [from, to) only: a clause looks up its own
   * words, not every word of its sentence again.
   */
  static int at(List<String> keys, int from, int to, IntPredicate counts) {
    EventWords best = null;
    int where = -1;
    for (int i = from; i < to; i++) {
      EventWords here = at(keys, i);
      if (here != null && counts.test(i) && earlier(best, here) != best) {
        best = here;
        where = i;
      }
    }
    return where;
  }

  /** The type of the reporting word at i, or null when none is there. */
  static Event.Type typeAt(List<String> keys, int i) {
    EventWords t = at(keys, i);
    return t == null ? null : t.type;
  }

  private static EventWords at(List<String> keys, int i) {
    if (spacedTalk(keys, i)) {
      return TALKS;
    }
    if (jointPress(keys, i)) {
      return MEET;
    }
    KeyFacts forms = KeyFacts.of(keys, i);
    EventWords here = forms.trigger();
    String head = here == null && i + 1 < keys.size() ? forms.pairHead() : null;
    if (head != null) {
      here = BY_TRIGGER.get(head + keys.get(i + 1));
    }
    return here;
  }

  /**
   * «گفت و گو», «گفت وگوهای»: talks written apart, as older news often writes them; their «گفت» is
   * no verb.
   */
  static boolean spacedTalk(List<String> keys, int i) {
    if (!keys.get(i).equals("گفت") || i + 1 >= keys.size()) {
      return false;
    }
    String next = keys.get(i + 1);
    return talkRest(next, "وگو")
        || next.equals("و") && i + 2 < keys.size() && talkRest(keys.get(i + 2), "گو");
  }

  /** Where the talks' word at i ends: past «وگو» or «و گو» when written apart, else after i. */
  static int talkEnd(List<String> keys, int i) {
    if (!spacedTalk(keys, i)) {
      return i + 1;
    }
    return keys.get(i + 1).equals("و") ? i + 3 : i + 2;
  }

  /**
   * «کنفرانس مطبوعاتی مشترک», «نشست خبری مشترک»: two sides' joint press conference tells their
   * meeting (a press conference alone is none).
   */
  static boolean jointPress(List<String> keys, int i) {
    String key = keys.get(i);
    return (key.startsWith("کنفرانس") || key.startsWith("نشست"))
        && i + 2 < keys.size()
        && PRESS.contains(keys.get(i + 1))
        && keys.get(i + 2).startsWith("مشترک");
  }

  private static final Set<String> PRESS =
      Stream.of("مطبوعاتی", "خبری")
          .map(SearchFolding::fold)
          .collect(Collectors.toUnmodifiableSet());

  /** «گو», «گوی», «گوها»: the rest of a spaced «گفت‌وگو», not «گوشزد». */
  private static boolean talkRest(String key, String head) {
    return key.startsWith(head)
        && (key.length() == head.length() || "یه".indexOf(key.charAt(head.length())) >= 0);
  }

  /** The first word of a two-word trigger, without an ending («تماسی تلفنی»), or null. */
  static String pairHead(String key) {
    return PAIR_STARTS.contains(key) ? key : bare(key, PAIR_STARTS::contains);
  }

  /** The trigger a word is, as written or with an ezafe or plural ending (گفت‌وگوی، دیدارهای). */
  static EventWords trigger(String key) {
    EventWords t = BY_TRIGGER.get(key);
    return t != null ? t : BY_TRIGGER.get(bare(key, BY_TRIGGER::containsKey));
  }

  /**
   * The word without the first of {@link #ENDINGS} that leaves a word {@code known} holds
   * (رسانه‌های → رسانه), or null.
   */
  static String bare(String key, Predicate<String> known) {
    for (String ending : ENDINGS) {
      if (key.length() > ending.length() + 2 && key.endsWith(ending)) {
        String rest = key.substring(0, key.length() - ending.length());
        if (known.test(rest)) {
          return rest;
        }
      }
    }
    return null;
  }

  private static final String SAT = SearchFolding.fold("نشست");

  private static final String DOWN = SearchFolding.fold("فرو");

  /**
   * «نشست» as the verb: «فرو نشست» (subsided), or ending its clause («هواپیما بر زمین نشست»). The
   * meeting is named with what it is, or a verb after it («نشست خبری», «نشست … برگزار شد»).
   */
  static boolean satDown(List<String> keys, int i, Clause clause) {
    return keys.get(i).equals(SAT)
        && (i > 0 && keys.get(i - 1).equals(DOWN) || i == clause.to() - 1);
  }

  /** A word without the ending that makes it a trigger's form (نشست‌های → نشست), or itself. */
  static String stem(String key) {
    String bare = bare(key, BY_TRIGGER::containsKey);
    return bare != null ? bare : key;
  }

  /**
   * Plural, ezafe and possessive endings: دیدارهای، گفت‌وگوی، دیدارش، سفرشان, and the speaker's own
   * (دیدارم، سفرمان).
   */
  private static final String[] ENDINGS = {
    "هایمان", "هایشان", "هایش", "هایم", "هایی", "های", "ها", "مان", "شان", "ش", "م", "ی"
  };

  private static EventWords earlier(EventWords a, EventWords b) {
    return a == null ? b : b == null || a.ordinal() <= b.ordinal() ? a : b;
  }
}
