package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.WordSet;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What around a sentence's reporting word says it is no diplomatic encounter: a game («دیدار» of
 * two teams), an encounter still to come or that did not happen (خواهد، قرار است، نشده), or an
 * interview (گفت‌وگو با خبرنگار). Read from the sentence's folded words.
 */
final class EventContext {
  private static final Set<String> SPORT =
      folded(
          "فوتبال",
          "فوتبالیست",
          "والیبال",
          "بسکتبال",
          "فوتسال",
          "هندبال",
          "لیگ",
          "ورزشگاه",
          "استادیوم",
          "سرمربی",
          "بازیکن",
          "بازیکنان",
          "هافبک",
          "مهاجم",
          "دروازه\u200cبان",
          "تساوی",
          "مسابقه",
          "مسابقات",
          "قهرمانی",
          "مدال",
          "حریف",
          "فینال",
          "نیمه\u200cنهایی",
          "پلی\u200cآف",
          "داور",
          "بازی",
          "تیم\u200cملی",
          "گل",
          "جام",
          "المپیک",
          "کشتی\u200cگیر",
          "مصاف",
          "مغلوب");

  /** Words that put the encounter in the future, deny it, or tell it attempted («در تلاش برای»). */
  private static final WordSet NOT_YET =
      foldedSet(
          "خواهد",
          "خواهند",
          "قراراست",
          "قراربود",
          "قرارنیست",
          "ممکن",
          "می\u200cتواند",
          "می\u200cتوانند",
          "می\u200cتوانیم",
          "می\u200cتوانم",
          "بتواند",
          "بتوانند",
          "بتوانیم",
          "نشده",
          "نشد",
          "نکرد",
          "نکردند",
          "حاضربه",
          "تاخیر",
          "تعویق",
          "لغو",
          "فردا",
          "آینده",
          "آتی",
          "روزدیگر",
          "اگر",
          "چنانچه",
          "درصورتی",
          "درصورت",
          "هفتهدیگر",
          "تکذیب",
          "امتناع",
          "خودداری",
          "ردکرد",
          "ردکردند",
          "نپذیرفت",
          "نپذیرفتند",
          "بهزودی",
          "بزودی",
          "احتمالی",
          "درتلاش",
          "قریب\u200cالوقوع");

  /**
   * Who an interview is given to: «گفت‌وگو با خبرنگار», «با رادیو مسکو», «با واحد مرکزی خبر» (a
   * news or public-relations unit: one talks with a unit only to be quoted).
   */
  private static final Set<String> MEDIA =
      folded(
          "خبرنگار",
          "خبرنگاران",
          "خبرگزاری",
          "رادیو",
          "روزنامه",
          "نشریه",
          "شبکه",
          "تلویزیون",
          "پایگاه",
          "مجله",
          "رسانه",
          "هفته\u200cنامه",
          "برنامه",
          "ایرنا",
          "ایسنا",
          "ایلنا",
          "ایکنا",
          "تسنیم",
          "فارس",
          "مهر",
          "سایت",
          "اختصاصی",
          "همشهری",
          "واحد");

  /** What makes a session or a talk one given to the press or held in parliament. */
  private static final Set<String> PRESS =
      folded("خبری", "مطبوعاتی", "رسانه\u200cای", "پارلمانی", "علنی", "تلویزیونی", "رادیویی");

  private EventContext() {}

  /**
   * Whether the words speak of a game: a word of sport, as written or in the plural («بازی‌ها»,
   * «تیم‌ملی‌ها»), «نیمه نهایی» or «دیدار دوستانه» written apart, or a team beaten («مغلوب ونزوئلا
   * شد»).
   */
  static boolean sport(List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (SPORT.contains(key)
          || inflectedSport(key)
          || i + 1 < keys.size() && SPORT_APART.containsJoined(key, keys.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word of sport with an ending (بازی‌ها, تیم‌ملی‌ها); «گل‌ها» are flowers as often as goals.
   */
  private static boolean inflectedSport(String key) {
    return EventWords.bare(key, k -> SPORT.contains(k) && !k.equals(GOAL)) != null;
  }

  private static final String GOAL = SearchFolding.fold("گل");

  /**
   * Words of sport written in two: «نیمه نهایی», a friendly game («دیدار دوستانه برزیل - کلمبیا»),
   * where «دوستانه» alone is as often of relations («روابط دوستانه»), and a game's legs («دیدار رفت
   * پلی آف», «بازی برگشت»).
   */
  private static final WordSet SPORT_APART =
      foldedSet(
          "نیمه\u200cنهایی",
          "دیدار\u200cدوستانه",
          "بازی\u200cدوستانه",
          "دیدار\u200cرفت",
          "دیدار\u200cبرگشت",
          "بازی\u200cرفت",
          "بازی\u200cبرگشت");

  /**
   * Whether the clause of the reporting word at {@code at} puts the encounter in the future, or
   * says it did not happen: «قرار است … دیدار کند», «از سفر … در روزهای آتی خبر داد», «به تعویق
   * افتاد». The words on what was talked about before the reporting word tell nothing of when it
   * was: «درباره انتخابات آینده عراق گفت‌وگو کرد», «درباره لغو تحریم‌ها مذاکره کردند».
   */
  static boolean notYet(List<String> keys, Clause clause, boolean today, int at) {
    int topic = -1;
    for (int i = clause.from(); i < clause.to(); i++) {
      String key = keys.get(i);
      String next = i + 1 < keys.size() ? keys.get(i + 1) : null;
      if (i == at || Clause.verb(key) || AboutPhrases.closes(keys, i, clause.to())) {
        topic = -1;
      } else if (i < at && AboutPhrases.opens(keys, i)) {
        topic = i;
      }
      if (topic >= 0
          || today
              && (PLANNED.contains(key) || next != null && PLANNED.containsJoined(key, next))) {
        continue; // a topic's, or set for the article's own day: «قرار است امروز … دیدار کنند»
      }
      if (NOT_YET.contains(key)
          || key.endsWith("ای") && NOT_YET.contains(key.substring(0, key.length() - 2))
          || next != null && NOT_YET.containsJoined(key, next)) {
        return true;
      }
    }
    return false;
  }

  /** Words that schedule an encounter: on the article's own day («امروز») it counts. */
  private static final WordSet PLANNED = foldedSet("خواهد", "خواهند", "قراراست");

  /** Whether the sentence, up to the clause's end, schedules it: «قرار است»، «خواهد». */
  static boolean scheduled(List<String> keys, Clause clause) {
    for (int i = 0; i < clause.to(); i++) {
      if (PLANNED.contains(keys.get(i))
          || i + 1 < keys.size() && PLANNED.containsJoined(keys.get(i), keys.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the reporting word at i is an interview: «گفت‌وگو با خبرنگار …», «در گفت و گو با
   * ایسنا», «گفت‌وگوی اختصاصی», talks with an outlet the recogniser names ({@code named}: «با
   * واشنگتن پست»).
   */
  static boolean interview(List<String> keys, int i, IntFunction<Span> named) {
    if (i == 0 && keys.size() > 1 && keys.get(1).equals("از")) {
      return true; // a byline: «گفت‌وگو از …»
    }
    int end = talkEnd(keys, i);
    if (i == 0 && end + 1 < keys.size() && keys.get(end + 1).equals("با") && conversation(keys)) {
      return true; // «گفت و گو با مازیار حسینی، رئیس …»: an interview's title
    }
    if (end + 1 < keys.size()
        && PRESS.contains(keys.get(end + 1))
        && (end + 2 == keys.size() || !keys.get(end + 2).startsWith("مشترک"))) {
      return true; // «نشست خبری», «گفتگوی تلویزیونی»; a joint press conference is an encounter
    }
    if (EventWords.typeAt(keys, i) == Event.Type.TALKS && paperAsks(keys, i)) {
      return true; // «روزنامه زود دویچه سایتونگ اخیراً در گفت وگویی با کانتالوپو …»
    }
    int last = i + (EventWords.spacedTalk(keys, i) ? 6 : 4);
    for (int k = i + 1; k < Math.min(keys.size(), last); k++) {
      int with = DETERMINERS.contains(keys.get(k - 1)) ? k - 2 : k - 1;
      if (media(keys.get(k)) && (with >= 0 && keys.get(with).equals("با") || k == end + 1)) {
        return true; // «با خبرنگار», «با یک نشریه آلمانی», «با رسانه‌های گروهی هند»
      }
    }
    return EventWords.typeAt(keys, i) == Event.Type.TALKS && pressNamed(keys, i, named);
  }

  /**
   * Whether a paper or channel is the talk's subject, within a few words before it and no verb
   * between: opening the sentence («روزنامه زود دویچه سایتونگ اخیراً در گفت وگویی با …») or after a
   * time («چندی پیش روزنامه عربستانی المدینه با فردی به نام ندیم رابح گفت و گویی داشت»); not the
   * source a report is told from («به گزارش روزنامه الحیات، …»).
   */
  private static boolean paperAsks(List<String> keys, int i) {
    for (int k = i - 1; k >= Math.max(0, i - INTERVIEWER_REACH); k--) {
      if (Clause.verb(keys.get(k))) {
        return false;
      }
      if (k == 0 && INTERVIEWERS.contains(keys.get(k))) {
        return true;
      }
      if (PAPERS.contains(keys.get(k))) {
        return k == 0 || !SOURCE_BEFORE.contains(keys.get(k - 1));
      }
    }
    return false;
  }

  /**
   * Papers, which inside a sentence are the press («شبکه» there is as often a grid or a ring, «شبکه
   * فیبر نوری»).
   */
  private static final Set<String> PAPERS = folded("روزنامه", "نشریه", "مجله", "هفته\u200cنامه");

  /** Words before a paper that make it a report's source or a place, not a subject. */
  private static final Set<String> SOURCE_BEFORE =
      folded("گزارش", "نقل", "از", "به", "در", "با", "که", "و", "برای", "توسط");

  /** Talk as conversation, as a paper's interview is titled: «گفت‌وگو», «گفتگو», «گفت و گو». */
  private static boolean conversation(List<String> keys) {
    String first = EventWords.stem(keys.get(0));
    return CONVERSATIONS.contains(first) || EventWords.spacedTalk(keys, 0);
  }

  private static final Set<String> CONVERSATIONS = folded("گفتگو", "گفت\u200cوگو");

  /**
   * The last word of the reporting word at i: the «وگو» of «گفت وگوی», the «گو» of «گفت و گو», as
   * older news writes talks apart («در گفت وگوی اختصاصی با همشهری»); else i.
   */
  private static int talkEnd(List<String> keys, int i) {
    if (!EventWords.spacedTalk(keys, i)) {
      return i;
    }
    return keys.get(i + 1).equals("و") ? i + 2 : i + 1;
  }

  /** Whether a paper, channel or agency the text names follows «با»: «در گفتگو با واشنگتن پست». */
  private static boolean pressNamed(List<String> keys, int i, IntFunction<Span> named) {
    for (int k = i + 1; k < Math.min(keys.size(), i + 4); k++) {
      Span m = named.apply(k);
      if (keys.get(k - 1).equals("با") && m != null) {
        return m.type() == Entity.Type.ORGANISATION && m.kind().equals("agency");
      }
    }
    return false;
  }

  /**
   * Papers and channels that open a sentence as its subject (an agency opening one is its byline:
   * «ایسنا: آصفی … در مذاکرات با اروپا»).
   */
  private static final Set<String> INTERVIEWERS =
      folded("روزنامه", "نشریه", "مجله", "هفته\u200cنامه", "شبکه", "تلویزیون", "رادیو");

  /** How far into its sentence a talk may be for a paper opening it to be the interviewer. */
  private static final int INTERVIEWER_REACH = 10;

  /** Words that count or pick what follows: «با یک نشریه», «با برخی رسانه‌ها». */
  private static final Set<String> DETERMINERS = folded("یک", "چند", "برخی", "دو", "سه");

  /** Whether the word names the press, as written or with an ending («رسانه‌های», «خبرنگارش»). */
  private static boolean media(String key) {
    return MEDIA.contains(key) || EventWords.bare(key, MEDIA::contains) != null;
  }

  /** The words folded, as a set also asked of two words read as one. */
  static WordSet foldedSet(String... words) {
    return WordSet.of(folded(words));
  }

  static Set<String> folded(String... words) {
    return Stream.of(words)
        .map(w -> SearchFolding.fold(w.replace(" ", "")))
        .collect(Collectors.toUnmodifiableSet());
  }
}
