package ir.khabar.core.understand.events;

import java.util.Set;

/**
 * Heads whose country is not a state acting: «خطوط هوایی سنگاپور», «شرکت‌های کره‌ای», a merchant
 * («یک تاجر ایرانی», as «تجار» and «بازرگانان»): the country names where they are from, and they
 * are no party of a diplomatic encounter; nor is the state an ally is named by («متحد اصلی
 * آمریکا»).
 */
final class NotStateHeads {
  private NotStateHeads() {}

  /** Whether the word before a country's mention makes it no state acting. */
  static boolean of(String keyBefore) {
    return HEADS.contains(keyBefore);
  }

  /** How many adjectives of a list may stand between such a head and a country's adjective. */
  private static final int LISTED = 3;

  /**
   * Whether such a head governs the country's mention at {@code offset}, right before it or at the
   * head of a list of adjectives: «با اساتید فلسطینی، عراقی و مصری» makes Egypt no state acting.
   */
  static boolean governs(Words w, int offset) {
    int adjectives = 0;
    for (int k = w.indexOf(offset) - 1; k >= 0; k--) {
      String key = w.keys().get(k);
      if (HEADS.contains(key)) {
        return true;
      }
      if (key.equals("و") || key.equals("،") || key.equals(",")) {
        continue;
      }
      if (!key.endsWith("ی") || ++adjectives > LISTED) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> HEADS =
      EventContext.folded(
          "هواپیمایی",
          "هوایی",
          "پرواز",
          "خطوط",
          "شرکت",
          "شرکتهای",
          "تیم",
          "تیمهای",
          "دانشگاه",
          "دانشگاههای",
          "بازار",
          "بورس",
          "بورسهای",
          "سینما",
          "سینمای",
          "فیلم",
          "زبان",
          "مردم",
          "رسانههای",
          "روزنامههای",
          "شهروندان",
          "شهروند",
          "اتباع",
          "تبعه",
          "مسافران",
          "زائران",
          "دانشجویان",
          "بازرگانان",
          "تجار",
          "تاجران",
          "سرمایهگذاران",
          "کارآفرینان",
          "صنعتگران",
          "فعالان",
          "خبرنگاران",
          "روزنامهنگاران",
          "پژوهشگران",
          "محققان",
          "استادان",
          "کارگران",
          "هنرمندان",
          "ورزشکاران",
          "گردشگران",
          "جهانگردان",
          "پلیس",
          "باشگاه",
          "کالاهای",
          "محصولات",
          "پناهندگان",
          "پناهجویان",
          "آوارگان",
          "مهاجران",
          "ناوگان",
          "ناو",
          "ناوهای",
          "کشتی",
          "کشتیهای",
          "زیردریایی",
          "دانشجو",
          "دانشجوی",
          "مخالف",
          "مخالفان",
          "نویسنده",
          "نویسندگان",
          "زوار",
          "مسافر",
          "گردشگر",
          "توریست",
          "توریستهای",
          "کارگر",
          "بانک",
          "بانکهای",
          "تاجر",
          "بازرگان",
          "اساتید",
          // an ally is another state: «تونی بلر نخست وزیر انگلستان و متحد اصلی آمریکا»
          "متحد",
          "متحدان",
          "همپیمان",
          "همپیمانان");
}
