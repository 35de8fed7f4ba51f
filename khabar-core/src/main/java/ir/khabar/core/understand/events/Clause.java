package ir.khabar.core.understand.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clause a reporting word stands in, and what its verb says of it. A Persian clause ends with
 * its verb, so a sentence's folded words are cut after each group of verbs («دیدار کرد»، «رفته
 * بود»); a modal that governs the next verb («قرار است»، «ممکن است») does not end one. The verb
 * tells whether the encounter happened: not when it is future («خواهد کرد»), denied («نکرد»),
 * subjunctive, so wished, asked or planned («دیدار کند»، «جدی بگیرد»), or a plain present that
 * announces it («سفر می‌کند», «عازم … می‌شوند», unless «امروز»), in any person («دیدار نخواهم کرد»,
 * «ملاقات می‌کنم»).
 */
record Clause(int from, int to, int verb) {
  /** Verbs of one word that are no «می»-form: the light verbs and auxiliaries news is told in. */
  private static final Set<String> VERBS =
      EventContext.folded(
          "است",
          "هست",
          "بود",
          "بودند",
          "بوده",
          "باشد",
          "باشند",
          "باشیم",
          "باشید",
          "باشم",
          "کنیم",
          "کنید",
          "شویم",
          "شد",
          "شدند",
          "شده",
          "شود",
          "شوند",
          "کرد",
          "کردند",
          "کرده",
          "کند",
          "کنند",
          "نمود",
          "نمودند",
          "نموده",
          "نماید",
          "نمایند",
          "داشت",
          "داشتند",
          "داشته",
          "دارد",
          "دارند",
          "گرفت",
          "گرفتند",
          "گرفته",
          "گیرد",
          "گیرند",
          "داد",
          "دادند",
          "داده",
          "دهد",
          "دهند",
          "رفت",
          "رفتند",
          "رفته",
          "رود",
          // not «روند»: bare, it is the noun (process, «روند مذاکرات»); «بروند» is read below
          "آمد",
          "آمدند",
          "آمده",
          "آید",
          "آیند",
          "یافت",
          "یافتند",
          "یافته",
          "یابد",
          "یابند",
          "پرداخت",
          "پرداختند",
          "پرداخته",
          "پردازد",
          "پردازند",
          "گفت",
          "گفتند",
          "افزود",
          "رسید",
          "رسیدند",
          "رسیده",
          "رسد",
          "رسند",
          "خواهد",
          "خواهند",
          "خواهم",
          "خواهیم",
          "خواهی",
          "خواهید",
          "میکنم",
          "میروم",
          "میشوم",
          "کنم",
          "شوم",
          "دهم",
          "روم",
          "نمایم",
          "گذاشت",
          "گذاشتند",
          "گذارد",
          "گذارند",
          "ساخت",
          "ساختند",
          "سازد",
          "سازند",
          "کردهاند",
          "کردهاست",
          "شدهاند",
          "شدهاست",
          "بودهاند",
          "رفتهاند",
          "دادهاند",
          "داشتهاند",
          "نیست",
          "نبود");

  /** Present forms with no «می»: subjunctive, so wished, asked, planned or conditional. */
  private static final Set<String> SUBJUNCTIVE =
      EventContext.folded(
          "کند", "کنند", "شود", "شوند", "باشد", "باشند", "نماید", "نمایند", "دهد", "دهند", "گیرد",
          "گیرند", "رود", "روند", "آید", "آیند", "یابد", "یابند", "پردازد", "پردازند", "سازد",
          "سازند", "گذارد", "گذارند", "رسد", "رسند", "باشیم", "باشید", "باشم", "کنیم", "کنید",
          "کنم", "شویم", "دهیم", "نماییم", "شوم", "دهم", "روم", "نمایم");

  /**
   * Presents that announce an encounter to come: «پوتین به چین سفر می‌کند», «عازم عراق می‌شوند»,
   * «با او دیدار می‌کنم».
   */
  private static final Set<String> ANNOUNCING =
      EventContext.folded(
          "میکند",
          "میکنند",
          "مینماید",
          "مینمایند",
          "میرود",
          "میروند",
          "میشود",
          "میشوند",
          "میکنم",
          "میکنیم",
          "میروم",
          "میرویم",
          "میشوم",
          "میشویم");

  /** Words after which «است»/«بود»/«شد» govern the next verb instead of ending a clause. */
  private static final Set<String> MODALS =
      EventContext.folded("قرار", "ممکن", "لازم", "بنا", "مقرر", "بهتر", "باید", "نیاز", "امید");

  private static final Set<String> FUTURE =
      EventContext.folded("خواهد", "خواهند", "خواهم", "خواهیم", "خواهی", "خواهید");

  /** The sentence's clauses, in order: each ends with its group of verbs, the last at the end. */
  static List<Clause> all(List<String> keys) {
    List<Clause> out = new ArrayList<>();
    int from = 0;
    int i = 0;
    while (i < keys.size()) {
      int end = groupEnd(keys, i);
      if (end > i) {
        out.add(new Clause(from, end, i));
        from = end;
        i = end;
      } else {
        i++;
      }
    }
    if (from < keys.size()) {
      out.add(new Clause(from, keys.size(), -1));
    }
    return out;
  }

  /**
   * Prepositions: no verb follows one, so the word after is a noun written as a verb is («درباره
   * پرداخت بدهی‌ها», «برای ساخت نیروگاه»).
   */
  private static final Set<String> PREPOSITIONS =
      EventContext.folded(
          "به", "با", "از", "برای", "درباره", "پیرامون", "جهت", "بدون", "طی", "توسط", "علیه");

  /** Where the verb group starting at i ends (i when no clause-ending verb starts there). */
  private static int groupEnd(List<String> keys, int i) {
    if (!KeyFacts.of(keys, i).verb()
        || i > 0 && (MODALS.contains(keys.get(i - 1)) || PREPOSITIONS.contains(keys.get(i - 1)))
        || EventWords.spacedTalk(keys, i)) {
      return i;
    }
    int end = i + 1;
    while (end < keys.size()
        && KeyFacts.of(keys, end).verb()
        && !EventWords.spacedTalk(keys, end)) {
      end++;
    }
    return end;
  }

  /** Past stems of the light verbs, with any personal ending: «نشان دادیم», «دیدار کردم». */
  private static final Set<String> PAST_STEMS =
      EventContext.folded(
          "کرد", "شد", "داد", "داشت", "بود", "رفت", "آمد", "گرفت", "نمود", "یافت", "گفت", "رسید",
          "پرداخت", "گذاشت", "ساخت");

  private static final String[] PERSONS = {"یم", "ید", "م", "ی"};

  /** Whether a folded word is a finite verb (or a participle that closes a clause). */
  static boolean verb(String key) {
    if (VERBS.contains(key)) {
      return true;
    }
    for (String p : PERSONS) {
      if (key.endsWith(p)
          && PAST_STEMS.contains(negated(key.substring(0, key.length() - p.length())))) {
        return true;
      }
    }
    String bare = key.startsWith("ن") && key.length() > 3 ? key.substring(1) : key;
    if (VERBS.contains(bare) && !bare.equals(key)) {
      return true;
    }
    return bare.startsWith("می") && bare.length() > 4 && personal(bare)
        || key.startsWith("ب") && SUBJUNCTIVE.contains(key.substring(1));
  }

  private static boolean personal(String key) {
    return key.endsWith("د") && !key.equals("میلاد") || key.endsWith("ند") || key.endsWith("یم");
  }

  /**
   * Whether the clause's verb tells an encounter that is still to come or did not happen; {@code
   * today} says the sentence sets it on the article's day.
   */
  boolean unreal(List<String> keys, boolean today) {
    if (verb < 0) {
      return to > from + 1 && bareSubjunctive(keys); // «… بایستی مورد مذاکره قرار گیرند»
    }
    String first = keys.get(verb);
    for (int i = verb; i < to; i++) {
      if (FUTURE.contains(keys.get(i)) || FUTURE.contains(negated(keys.get(i)))) {
        return true;
      }
    }
    if (first.equals("نیست")
        || first.equals("نبود")
        || !first.equals(negated(first)) && verb(negated(first))) {
      return true;
    }
    String last = keys.get(to - 1);
    if (SUBJUNCTIVE.contains(last)
        || last.startsWith("ب") && SUBJUNCTIVE.contains(last.substring(1))) {
      return true;
    }
    return !today && ANNOUNCING.contains(first);
  }

  /**
   * Whether the word at i stands in one of the sentence's clauses ({@link #all}) telling what is
   * still to come or did not happen: «… گفت، به زودی به ایران سفر می‌کند» places none of the
   * sentence's encounters in Iran.
   */
  static boolean unrealAt(List<Clause> clauses, List<String> keys, int i, boolean today) {
    for (Clause c : clauses) {
      if (i >= c.from && i < c.to) {
        return c.unreal(keys, today);
      }
    }
    return false;
  }

  /**
   * Whether the clause ends in a subjunctive without «ب», not after a «می» written apart: a
   * compound verb's subjunctive («قرار گیرد», «انجام شود»), which tells what should or may be.
   */
  private boolean bareSubjunctive(List<String> keys) {
    String before = keys.get(to - 2);
    return SUBJUNCTIVE.contains(keys.get(to - 1)) && !before.equals("می") && !before.equals("نمی");
  }

  /** The word without a negating «ن», or the word itself. */
  private static String negated(String key) {
    return key.startsWith("ن") && key.length() > 3 ? key.substring(1) : key;
  }
}
