package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.entities.Span;
import java.util.List;
import java.util.Set;

/**
 * Countries a clause names that are no party to its encounter: the possessor of what the talks are
 * about («حاکمیت عراق», «برنامه هسته‌ای ایران», «مسئله عراق، مولداوی و گرجستان»), and what such a
 * thing is done to («حمله آمریکا به عراق», «فشار اروپایی‌ها بر ایران»). A party is named bare,
 * after a role («وزیر خارجه ایران») or an encounter («مذاکرات ایران و اروپا»); a bystander after a
 * noun that is a matter, not an actor.
 */
final class Bystanders {
  /** Nouns whose possessor is what is talked about, not who talks. */
  private static final Set<String> MATTERS =
      EventContext.folded(
          "حاکمیت",
          "تمامیت",
          "امنیت",
          "ثبات",
          "استقلال",
          "وحدت",
          "یکپارچگی",
          "آینده",
          "سرنوشت",
          "مسئله",
          "مساله",
          "مسائل",
          "مسایل",
          "موضوع",
          "موضوعات",
          "پرونده",
          "برنامه",
          "برنامه\u200cهای",
          "تحولات",
          "اوضاع",
          "وضعیت",
          "بحران",
          "حوادث",
          "رویدادهای",
          "حمله",
          "حملات",
          "تجاوز",
          "اشغال",
          "جنگ",
          "تهدید",
          "تهدیدات",
          "تحریم",
          "تحریم\u200cهای",
          "دخالت",
          "مداخله",
          "نفوذ",
          "دخالتهای",
          "فشار",
          "فشارهای",
          "خاک",
          "مرزهای",
          "سرزمین",
          "انتخابات",
          "بازسازی",
          "اختلافات",
          "مناقشه",
          "انفجار",
          "انفجارهای",
          "انفجارات",
          "بمبگذاری",
          "سیاست",
          "سیاستهای",
          "مواضع",
          "موضع",
          "اتهامات",
          "ادعاهای",
          // «سفیر سوئیس … به عنوان حافظ منافع آمریکا»
          "منافع",
          // goods: «خودروهای چینی، روسی و ترکیه‌ای وارد ایران شدند» are imports, not visitors
          "خودرو",
          "خودروهای",
          "کالا",
          "کالاهای",
          "کامیون",
          "کامیون\u200cهای",
          "اجناس");

  /** Adjectives between a matter and its possessor: «برنامه هسته‌ای ایران». */
  private static final Set<String> QUALITIES =
      EventContext.folded(
          "هسته\u200cای",
          "اتمی",
          "نظامی",
          "جاری",
          "کنونی",
          "فعلی",
          "اخیر",
          "سیاسی",
          "اقتصادی",
          "داخلی",
          "خارجی",
          "احتمالی",
          "نفتی",
          "منطقه\u200cای",
          "تروریستی");

  /**
   * Those who act for a country, between a matter and the country: «فشارهای مقامات آمریکایی», «حمله
   * نیروهای آمریکایی».
   */
  private static final Set<String> HOLDERS =
      EventContext.folded("مقامات", "مقام\u200cهای", "مسئولان", "مسئولین", "نیروهای", "دولت");

  /** Words that make a matter's noun an office: «وزیر امنیت», «سازمان برنامه». */
  private static final Set<String> OFFICES =
      EventContext.folded(
          "وزیر", "وزارت", "رئیس", "رییس", "مشاور", "سازمان", "شورای", "کمیته", "کمیسیون", "دبیر",
          "مسئول", "معاون", "سخنگوی", "ستاد", "اداره", "مرکز", "نماینده", "فرمانده");

  /** What a matter is done to: «حمله آمریکا به عراق», «فشار اروپایی‌ها بر ایران». */
  private static final Set<String> TO = EventContext.folded("به", "بر", "علیه");

  private static final Set<String> AND = EventContext.folded("و");

  /** How many steps back a list or a complement is followed. */
  private static final int DEPTH = 6;

  private Bystanders() {}

  /** Whether a country, capital or demonym is named as a matter's, not as a party. */
  static boolean matter(Words w, Span m, List<Span> mentions) {
    return country(m) && (matter(w, w.indexOf(m.start()), mentions, DEPTH) || axis(w, m));
  }

  /** Words between a country and the «محور» it is: «افغانستان و منطقه محور گفت‌وگو». */
  private static final Set<String> TO_AXIS = EventContext.folded("و", "منطقه", "مسائل", "مسایل");

  /**
   * Whether the country is what talks turn on: «رایزنی رؤسای مجلس … تاجیکستان و قزاقستان؛ افغانستان
   * و منطقه محور گفت‌وگو», «سوریه محور مذاکرات لاوروف و کری».
   */
  private static boolean axis(Words w, Span m) {
    List<String> keys = w.keys();
    for (int k = w.indexOf(m.end() - 1) + 1;
        k < Math.min(keys.size(), w.indexOf(m.end() - 1) + 5);
        k++) {
      if (keys.get(k).equals("محور")) {
        return true;
      }
      if (!TO_AXIS.contains(keys.get(k))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a country phrase starting at word {@code at} is a matter's: «امنیت این کشور». */
  static boolean matterBefore(Words w, int at, List<Span> mentions) {
    return matter(w, at, mentions, DEPTH);
  }

  private static boolean matter(Words w, int at, List<Span> mentions, int depth) {
    List<String> keys = w.keys();
    int k = at - 1;
    if (k < 0 || depth == 0) {
      return false;
    }
    int head = QUALITIES.contains(keys.get(k)) && k > 0 ? k - 1 : k;
    // «زیر فشارهای مقامات آمریکایی»: the matter's, through those who act for the country
    head = HOLDERS.contains(keys.get(head)) && head > 0 ? head - 1 : head;
    if (MATTERS.contains(keys.get(head))) {
      // «وزیر امنیت داخلی اسرائیل», «شورای امنیت»: an office, whose country acts
      return head == 0 || !OFFICES.contains(keys.get(head - 1));
    }
    Span before = covering(w, k, mentions);
    if (before != null) {
      // a list: «مسئله عراق، مولداوی و گرجستان»
      return country(before) && matter(w, w.indexOf(before.start()), mentions, depth - 1);
    }
    if (keys.get(k).equals("از") && k > 0 && PRIVATE_PEOPLE.contains(keys.get(k - 1))) {
      return true; // «دانشمندانی از ژاپن و یونان»: where private people come from
    }
    if (keys.get(k).equals("از") && k > 0 && SUPPORT.contains(keys.get(k - 1))) {
      return true; // «وزارت امور خارجه اسپانیا در حمایت از رژیم صهیونیستی … سفیر ایران را احضار
      // کرد»
    }
    if (BETWEEN.contains(keys.get(k)) && governed(STRIFE, keys, k)) {
      return true; // «به وجود برخی تنش‌ها در ماه‌های گذشته بین عراق و ایران اشاره کرد»
    }
    if (keys.get(k).equals("به") && governed(SENDING, keys, k)) {
      return true; // «با اعزام ده هزار نیروی نظامی به عراق»
    }
    if (AND.contains(keys.get(k)) || TO.contains(keys.get(k))) {
      Span owner = k > 0 ? covering(w, k - 1, mentions) : null;
      return owner != null
          && country(owner)
          && matter(w, w.indexOf(owner.start()), mentions, depth - 1);
    }
    return false;
  }

  /** People who act for no state: where they come from is no party. */
  private static final Set<String> PRIVATE_PEOPLE =
      EventContext.folded(
          "دانشمندان",
          "دانشمندانی",
          "اندیشمندان",
          "اندیشمندانی",
          "هنرمندان",
          "هنرمندانی",
          "ورزشکاران",
          "ورزشکارانی",
          "دانشجویان",
          "دانشجویانی",
          "گردشگران",
          "گردشگرانی",
          "زائران",
          "زائرانی");

  /** Nouns of taking a side: whom an act supports is its cause, not a party to it. */
  private static final Set<String> SUPPORT =
      EventContext.folded("حمایت", "پشتیبانی", "دفاع", "طرفداری", "جانبداری");

  private static final Set<String> BETWEEN = EventContext.folded("بین", "میان");

  /** Nouns of strife between two states: the pair is what is talked about, not who talks. */
  private static final Set<String> STRIFE =
      EventContext.folded(
          "تنش",
          "تنش\u200cها",
          "تنش\u200cهای",
          "اختلاف",
          "اختلافات",
          "اختلاف\u200cها",
          "اختلاف\u200cهای",
          "خصومت",
          "دشمنی",
          "درگیری",
          "درگیری\u200cها",
          "مناقشه",
          "منازعه",
          "کشمکش",
          "تیرگی");

  /** Nouns of sending troops: where they go is what is talked about, not a party. */
  private static final Set<String> SENDING = EventContext.folded("اعزام", "گسیل");

  /**
   * Whether one of the nouns governs the preposition at k, within a few words and no verb: sending
   * the «به» («اعزام ده هزار نیروی نظامی به عراق»), strife the «بین» («تنش‌ها در ماه‌های گذشته بین
   * عراق و ایران»).
   */
  private static boolean governed(Set<String> nouns, List<String> keys, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
      if (nouns.contains(keys.get(j))) {
        return true;
      }
      if (Clause.verb(keys.get(j))) {
        return false;
      }
    }
    return false;
  }

  /** The mention that covers word k, or null. */
  private static Span covering(Words w, int k, List<Span> mentions) {
    int offset = w.starts()[k];
    for (Span m : mentions) {
      if (m.start() <= offset && offset < m.end()) {
        return m;
      }
    }
    return null;
  }

  private static boolean country(Span m) {
    return m.type() == Entity.Type.COUNTRY
        || m.type() == Entity.Type.PLACE && m.kind().equals("capital");
  }
}
